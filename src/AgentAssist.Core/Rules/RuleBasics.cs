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
    /// <summary>The rule's words in other languages (<c>translations</c> in YAML), used for drafts in that language.</summary>
    public IReadOnlyDictionary<string, RuleText> Translations { get; init; } = new Dictionary<string, RuleText>();

    /// <summary>The message, reason and advice in <paramref name="language"/>, falling back to the rule's own words.</summary>
    public RuleText TextFor(string language) =>
        Translations.TryGetValue(language, out var translated)
            ? new RuleText(translated.Message, translated.Reason ?? Reason, translated.Advice ?? Advice)
            : new RuleText(Message, Reason, Advice);

    /// <summary>Builds a finding at <paramref name="span"/>, in the draft's language.</summary>
    /// <param name="context">The draft under check.</param>
    /// <param name="span">Where the problem is.</param>
    /// <param name="replacement">Automatic fix, when there is one.</param>
    /// <param name="message">A message to use instead of the rule's (already in the draft's language).</param>
    public Finding CreateFinding(CheckContext context, TextSpan span, string? replacement = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = TextFor(context.Language);
        var matched = span.Slice(context.Text);
        var text = Format(message ?? words.Message, matched, replacement);
        Fix? fix = replacement is not null
            ? new Fix(Format(words.Advice ?? "→ {replacement}", matched, replacement), replacement)
            : words.Advice is not null ? new Fix(Format(words.Advice, matched, null)) : null;
        return new Finding(Id, Category, Severity, span, text, words.Reason, fix);
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
