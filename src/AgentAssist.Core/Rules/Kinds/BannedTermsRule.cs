using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: banned</c> — words and phrases that must not appear (<c>terms</c>). Also the engine of
/// <c>kind: approval</c>, whose findings ask for a supervisor instead of blocking.
/// </summary>
public sealed class BannedTermsRule : IRule
{
    private readonly RuleBasics _basics;
    private readonly PhraseMatcher _matcher;

    private BannedTermsRule(RuleBasics basics, PhraseMatcher matcher)
    {
        _basics = basics;
        _matcher = matcher;
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        var terms = TermListReader.Read(node, "terms", required: true);
        return terms is null ? null : new BannedTermsRule(basics, terms.Value.Matcher);
    }

    public void Evaluate(CheckContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var matches = context.PhraseMatchBuffer();
        _matcher.FindAll(context.Tokens, context.WordIds, context.KnownWords, matches);
        foreach (var match in matches)
        {
            findings.Add(_basics.CreateFinding(context, match.Span));
        }
    }
}
