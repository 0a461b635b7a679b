using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: substitution</c> — preferred wording: <c>swap</c> maps a word or phrase to the one the brand prefers,
/// and the finding offers it as an automatic fix, keeping the capitalisation of the original.
/// </summary>
public sealed class SubstitutionRule : IRule
{
    private readonly RuleBasics _basics;
    private readonly PhraseMatcher _matcher;
    private readonly string[] _terms;
    private readonly string[] _replacements;

    private SubstitutionRule(RuleBasics basics, PhraseMatcher matcher, string[] terms, string[] replacements)
    {
        _basics = basics;
        _matcher = matcher;
        _terms = terms;
        _replacements = replacements;
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        var swap = node.Map("swap");
        if (swap is null)
        {
            node.Error(node.Node, "'swap' is required: a map of 'avoid: prefer' lines");
            return null;
        }

        var terms = new List<string>();
        var replacements = new List<string>();
        foreach (var (key, value) in swap.Children)
        {
            if (key is not YamlScalarNode { Value: { } term } || !PhraseMatcher.IsValid(term))
            {
                node.Error(key, "every 'swap' key must be a word or phrase to avoid");
                continue;
            }

            if (value is not YamlScalarNode { Value: { } replacement })
            {
                node.Error(value, $"the preferred wording for '{term}' must be a text");
                continue;
            }

            terms.Add(term);
            replacements.Add(replacement);
        }

        if (terms.Count == 0)
        {
            node.Error(swap, "'swap' names no wording to replace");
            return null;
        }

        return new SubstitutionRule(basics, new PhraseMatcher(terms), [.. terms], [.. replacements]);
    }

    public void Evaluate(CheckContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var matches = context.PhraseMatchBuffer();
        _matcher.FindAll(context.Tokens, context.WordIds, context.KnownWords, matches);
        foreach (var match in matches)
        {
            var replacement = Capitalization.Match(match.Span.Slice(context.Text), _replacements[match.PhraseIndex], _terms[match.PhraseIndex]);
            findings.Add(_basics.CreateFinding(context, match.Span, replacement));
        }
    }
}
