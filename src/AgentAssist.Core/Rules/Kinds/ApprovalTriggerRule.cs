using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: approval</c> — a promise or statement only a supervisor may make (refunds, compensation, legal claims,
/// competitor mentions), found by <c>terms</c>, <c>patterns</c> or both; <c>requires</c> gates the patterns as in
/// <see cref="PatternRule"/>. Findings default to severity <c>approval</c>.
/// </summary>
public sealed class ApprovalTriggerRule : IRule
{
    private readonly RuleBasics _basics;
    private readonly PhraseMatcher? _terms;
    private readonly Regex[] _patterns;
    private readonly LiteralGate? _gate;

    private ApprovalTriggerRule(RuleBasics basics, PhraseMatcher? terms, Regex[] patterns, LiteralGate? gate)
    {
        _basics = basics;
        _terms = terms;
        _patterns = patterns;
        _gate = gate;
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        var terms = TermListReader.Read(node, "terms", required: false);
        var patterns = PatternRule.ReadPatterns(node, required: false);
        if (terms is null && patterns.Length == 0)
        {
            node.Error(node.Node, "an approval rule needs 'terms', 'pattern' or 'patterns'");
            return null;
        }

        return new ApprovalTriggerRule(basics, terms?.Matcher, patterns, LiteralGate.Read(node));
    }

    public void Evaluate(CheckContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var spans = new List<TextSpan>();
        if (_terms is not null)
        {
            var matches = context.PhraseMatchBuffer();
            _terms.FindAll(context.Tokens, context.WordIds, context.KnownWords, matches);
            foreach (var match in matches)
            {
                spans.Add(match.Span);
            }
        }

        var patterns = _gate is null || _gate.IsOpen(context.Text) ? _patterns : [];
        foreach (var pattern in patterns)
        {
            foreach (var match in SafeRegex.Matches(pattern, context.Text))
            {
                var span = new TextSpan(match.Index, match.Length).AlignToTextElements(context.Text);
                if (match.Length > 0 && !spans.Exists(s => s.Overlaps(span)))
                {
                    spans.Add(span);
                }
            }
        }

        foreach (var span in spans)
        {
            findings.Add(_basics.CreateFinding(context, span));
        }
    }
}
