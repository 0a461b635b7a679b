using AgentAssist.Core.Checking;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Rules;

/// <summary>What every rule has, whatever its kind: id, category, severity, scope and the words it says to the agent.</summary>
/// <param name="Id"><c>Pack.Rule</c>.</param>
/// <param name="Category">Guardrail family of the findings.</param>
/// <param name="Severity">Severity of the findings.</param>
/// <param name="Message">What is wrong; <c>{match}</c> stands for the matched text and <c>{replacement}</c> for a suggested replacement.</param>
/// <param name="Reason">Why it matters.</param>
/// <param name="Advice">How to fix it, when the rule has no automatic fix.</param>
/// <param name="Scope">Where the rule applies.</param>
public sealed record RuleBasics(
    string Id,
    FindingCategory Category,
    Severity Severity,
    string Message,
    string? Reason,
    string? Advice,
    RuleScope Scope)
{
    public Finding CreateFinding(CheckContext context, TextSpan span, string? replacement = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var matched = span.Slice(context.Text);
        var text = Format(message ?? Message, matched, replacement);
        Fix? fix = replacement is not null
            ? new Fix(Format(Advice ?? "Replace with '{replacement}'.", matched, replacement), replacement)
            : Advice is not null ? new Fix(Format(Advice, matched, null)) : null;
        return new Finding(Id, Category, Severity, span, text, Reason, fix);
    }

    private static string Format(string template, string matched, string? replacement)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        return template
            .Replace("{match}", matched, StringComparison.Ordinal)
            .Replace("{replacement}", replacement ?? string.Empty, StringComparison.Ordinal);
    }
}
