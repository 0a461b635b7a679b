using AgentAssist.Core.Text;

namespace AgentAssist.Core.Checking;

/// <summary>One problem in a draft: what, where, which rule, why, and how to fix it.</summary>
/// <param name="RuleId">Stable id, <c>Pack.Rule</c> (for example <c>Brand.NoJargon</c> or <c>Privacy.EmailAddress</c>).</param>
/// <param name="Category">The guardrail family.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Span">Where it is, in UTF-16 code units of the draft, on text-element boundaries.</param>
/// <param name="Message">What is wrong, for the agent.</param>
/// <param name="Reason">Why it matters.</param>
/// <param name="Fix">How to fix it; <see langword="null"/> when there is no specific advice.</param>
public sealed record Finding(
    string RuleId,
    FindingCategory Category,
    Severity Severity,
    TextSpan Span,
    string Message,
    string? Reason = null,
    Fix? Fix = null)
{
    /// <summary>Entity type for data detectors (<c>EMAIL_ADDRESS</c>, <c>ES_NIF</c>); <see langword="null"/> for style rules.</summary>
    public string? EntityType { get; init; }

    /// <summary>Confidence in [0, 1]; 1 for exact rule matches.</summary>
    public double Score { get; init; } = 1.0;
}
