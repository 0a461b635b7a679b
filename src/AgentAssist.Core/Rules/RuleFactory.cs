using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Rules.Kinds;

namespace AgentAssist.Core.Rules;

/// <summary>
/// The closed list of rule kinds, and the one place that turns a rule file into a rule. Each kind names its
/// defaults, so a pack only writes what differs.
/// </summary>
public static class RuleFactory
{
    private static readonly Dictionary<string, RuleKind> Kinds = new(StringComparer.Ordinal)
    {
        ["banned"] = new(FindingCategory.Wording, Severity.Warning, BannedTermsRule.Create),
        ["substitution"] = new(FindingCategory.Wording, Severity.Info, SubstitutionRule.Create),
        ["pattern"] = new(FindingCategory.Wording, Severity.Warning, PatternRule.Create),
        ["length"] = new(FindingCategory.Length, Severity.Block, LengthRule.Create),
        ["tone"] = new(FindingCategory.Tone, Severity.Warning, ToneRule.Create),
        ["required"] = new(FindingCategory.Structure, Severity.Warning, RequiredElementRule.Create),
        ["approval"] = new(FindingCategory.Approval, Severity.Approval, ApprovalTriggerRule.Create),
        ["phrase"] = new(FindingCategory.Approval, Severity.Approval, PhraseRule.Create),
        ["privacy"] = new(FindingCategory.Privacy, Severity.Block, PrivacyRule.Create),
        ["lexicon"] = new(FindingCategory.Profanity, Severity.Block, LexiconRule.Create),
    };

    public static IReadOnlyCollection<string> KindNames => Kinds.Keys;

    internal static bool TryGetKind(string name, out RuleKind kind) => Kinds.TryGetValue(name, out kind!);

    internal sealed record RuleKind(FindingCategory Category, Severity Severity, Func<RuleBasics, YamlRuleNode, IRule?> Create);
}
