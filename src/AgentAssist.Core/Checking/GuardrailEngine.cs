using AgentAssist.Core.Detection;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;

namespace AgentAssist.Core.Checking;

/// <summary>
/// Checks a draft against the rule packs in force and every registered detector, and decides the verdict.
/// Thread-safe: the rule set is read once per check, so a pack swapped mid-check never mixes two versions.
/// </summary>
public sealed class GuardrailEngine
{
    private readonly RuleSetProvider _rules;
    private readonly IReadOnlyList<IDetector> _detectors;
    private readonly LanguageDetector _languages;

    public GuardrailEngine(RuleSetProvider rules, IEnumerable<IDetector> detectors, LanguageDetector languages)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(detectors);
        ArgumentNullException.ThrowIfNull(languages);
        _rules = rules;
        _detectors = detectors.ToList();
        _languages = languages;
    }

    public RuleSet Rules => _rules.Current;

    /// <summary>Checks a draft. Its channel must be one <see cref="RuleSet.TryGetChannel"/> knows.</summary>
    /// <exception cref="ArgumentException">The draft names a channel no pack defines.</exception>
    public Verdict Check(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rules = _rules.Current;
        if (!rules.TryGetChannel(draft.Channel, out var channel))
        {
            throw new ArgumentException($"Unknown channel '{draft.Channel}'. Known channels: {string.Join(", ", rules.Channels.Select(c => c.Id).Order(StringComparer.Ordinal))}.", nameof(draft));
        }

        var detected = string.IsNullOrEmpty(draft.Language);
        var language = detected ? _languages.Detect(draft.Text).Language : draft.Language!.ToLowerInvariant();
        var context = new CheckContext(draft.Text, channel, language, draft.Customer);
        var findings = new List<Finding>();
        var plan = rules.PlanFor(language, channel);
        foreach (var rule in plan.Rules)
        {
            rule.Evaluate(context, findings);
        }

        foreach (var detector in _detectors)
        {
            detector.Detect(context, findings);
        }

        findings.Sort(static (a, b) =>
        {
            var byStart = a.Span.Start.CompareTo(b.Span.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var bySeverity = b.Severity.CompareTo(a.Severity);
            return bySeverity != 0 ? bySeverity : string.CompareOrdinal(a.RuleId, b.RuleId);
        });

        return new Verdict(Verdict.Combine(findings), language, detected, channel, findings, CorrectedText.Apply(draft.Text, findings))
        {
            Packs = plan.Packs,
        };
    }
}
