using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: pattern</c> — a regular expression (<c>pattern</c>, or a list in <c>patterns</c>), case-insensitive unless
/// <c>ignoreCase: false</c>. With <c>replacement</c> (which may use <c>$1</c> groups) the fix is automatic.
/// With <c>requires</c> (words, any of which must be in the draft) the patterns run only on drafts that have one.
/// </summary>
public sealed class PatternRule : IRule
{
    private readonly RuleBasics _basics;
    private readonly Regex[] _patterns;
    private readonly string? _replacement;
    private readonly LiteralGate? _gate;

    private PatternRule(RuleBasics basics, Regex[] patterns, string? replacement, LiteralGate? gate)
    {
        _basics = basics;
        _patterns = patterns;
        _replacement = replacement;
        _gate = gate;
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        var patterns = ReadPatterns(node, required: true);
        var replacement = node.Text("replacement");
        var gate = LiteralGate.Read(node);
        return patterns.Length == 0 ? null : new PatternRule(basics, patterns, replacement, gate);
    }

    internal static Regex[] ReadPatterns(YamlRuleNode node, bool required)
    {
        var ignoreCase = node.Bool("ignoreCase") ?? true;
        var sources = node.Strings("pattern").Concat(node.Strings("patterns")).ToList();
        if (sources.Count == 0 && required)
        {
            node.Error(node.Node, "'pattern' (or a list in 'patterns') is required");
        }

        var compiled = new List<Regex>(sources.Count);
        foreach (var (source, at) in sources)
        {
            if (SafeRegex.Compile(node, at, source, ignoreCase) is { } regex)
            {
                compiled.Add(regex);
            }
        }

        return [.. compiled];
    }

    public void Evaluate(CheckContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (_gate is not null && !_gate.IsOpen(context.Text))
        {
            return;
        }

        foreach (var pattern in _patterns)
        {
            foreach (var match in SafeRegex.Matches(pattern, context.Text))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                var span = new TextSpan(match.Index, match.Length).AlignToTextElements(context.Text);
                var replacement = _replacement is null ? null : match.Result(_replacement);
                findings.Add(_basics.CreateFinding(context, span, replacement));
            }
        }
    }
}
