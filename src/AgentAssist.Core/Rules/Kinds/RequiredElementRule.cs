using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: required</c> — something every reply in scope must contain, such as a greeting in private replies:
/// any of <c>anyOf</c> (words or phrases) or a <c>pattern</c>, within the first <c>within</c> words when given.
/// With <c>insert</c> the fix is automatic: the text is put at the start of the reply.
/// The finding points at the first word (or the start of an empty reply).
/// </summary>
public sealed class RequiredElementRule : IRule
{
    private readonly RuleBasics _basics;
    private readonly PhraseMatcher? _anyOf;
    private readonly Regex[] _patterns;
    private readonly int? _within;
    private readonly string? _insert;

    private RequiredElementRule(RuleBasics basics, PhraseMatcher? anyOf, Regex[] patterns, int? within, string? insert)
    {
        _basics = basics;
        _anyOf = anyOf;
        _patterns = patterns;
        _within = within;
        _insert = insert;
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        var anyOf = TermListReader.Read(node, "anyOf", required: false);
        var patterns = PatternRule.ReadPatterns(node, required: false);
        var within = node.Number("within", min: 1);
        var insert = node.Text("insert");
        if (anyOf is null && patterns.Length == 0)
        {
            node.Error(node.Node, "a required rule needs 'anyOf' or 'pattern'");
            return null;
        }

        return new RequiredElementRule(basics, anyOf?.Matcher, patterns, within, insert);
    }

    public void Evaluate(CheckContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var tokens = context.Tokens;
        var limit = _within is { } within && within < tokens.Count ? tokens[within - 1].Span.End : context.Text.Length;
        if (IsPresent(context, limit))
        {
            return;
        }

        var at = tokens.Count > 0 ? tokens[0].Span : new TextSpan(0, 0);
        if (_insert is null)
        {
            findings.Add(_basics.CreateFinding(context, at));
            return;
        }

        // Insert before the first word: an empty span at the start, whose replacement is the inserted text.
        var insertion = new TextSpan(at.Start, 0);
        var finding = _basics.CreateFinding(context, insertion, _insert);
        findings.Add(finding);
    }

    private bool IsPresent(CheckContext context, int limit)
    {
        if (_anyOf is not null)
        {
            var matches = context.PhraseMatchBuffer();
            _anyOf.FindAll(context.Tokens, context.WordIds, context.KnownWords, matches);
            if (matches.Exists(m => m.Span.End <= limit))
            {
                return true;
            }
        }

        foreach (var pattern in _patterns)
        {
            if (SafeRegex.Matches(pattern, context.Text).Any(m => m.Index + m.Length <= limit))
            {
                return true;
            }
        }

        return false;
    }
}
