using System.Text;
using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: phrase</c> — a small grammar: <c>slots</c> name lists of words (<c>we: [we, we'll, I've]</c>,
/// <c>give: [refund*, credit*]</c>; a trailing <c>*</c> takes any ending), and each of <c>forms</c> is a sequence
/// of slots and literal words (<c>'{we} {give} {benefit}'</c>) found in that order within one sentence, with at most
/// <c>within</c> other words (default 3) between two parts. It models who says what to whom (a promise: who promises,
/// a promise verb, a money or benefit object; a remark aimed at the reader: "you" + an insult) rather than single
/// nouns, so "free of charge" describing a free service passes while "we'll upgrade you free of charge" does not.
/// The forms compile to one linear-time expression. Findings default to category and severity <c>approval</c>.
/// </summary>
public sealed class PhraseRule : IRule
{
    private const int DefaultWithin = 3;

    // A word between two parts: no sentence end inside it ("today. We" is two sentences), dots only inside ("$49.99").
    private const string GapWord = @"[^\s.!?;¿¡]+(?:\.[^\s.!?;¿¡]+)*";

    private readonly RuleBasics _basics;
    private readonly Regex _forms;
    private readonly LiteralGate? _gate;

    private PhraseRule(RuleBasics basics, Regex forms, LiteralGate? gate)
    {
        _basics = basics;
        _forms = forms;
        _gate = gate;
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    public void Evaluate(CheckContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (_gate is not null && !_gate.IsOpen(context.Text))
        {
            return;
        }

        foreach (var match in SafeRegex.Matches(_forms, context.Text))
        {
            if (match.Length > 0)
            {
                findings.Add(_basics.CreateFinding(context, new TextSpan(match.Index, match.Length).AlignToTextElements(context.Text)));
            }
        }
    }

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        var slots = ReadSlots(node);
        var within = node.Number("within", min: 0, max: 8) ?? DefaultWithin;
        var forms = node.Strings("forms", required: true);
        var gap = within == 0 ? @"[\s,]+" : $@"(?:[\s,]+{GapWord}){{0,{within}}}[\s,]+";
        var alternatives = new List<string>();
        foreach (var (form, at) in forms)
        {
            if (Compose(node, at, form, slots, gap) is { } pattern)
            {
                alternatives.Add(pattern);
            }
        }

        if (node.ErrorCount > 0 || alternatives.Count == 0)
        {
            return null;
        }

        var source = string.Join('|', alternatives);
        var regex = SafeRegex.Compile(node, node.Get("forms")!, source, ignoreCase: true);
        return regex is null ? null : new PhraseRule(basics, regex, LiteralGate.Read(node));
    }

    private static Dictionary<string, string> ReadSlots(YamlRuleNode node)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Map("slots") is not { } map)
        {
            node.Error(node.Node, "'slots' is required: a map of slot names to lists of words, such as we: [we, we'll]");
            return slots;
        }

        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name } || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                node.Error(key, "a slot name is letters, digits and '_'");
                continue;
            }

            var words = node.ReadStrings(value, $"slot '{name}'");
            if (words.Count == 0)
            {
                node.Error(value, $"slot '{name}' needs at least one word");
                continue;
            }

            slots[name] = Alternation(words.Select(w => w.Value));
        }

        return slots;
    }

    private static string? Compose(YamlRuleNode node, YamlNode at, string form, Dictionary<string, string> slots, string gap)
    {
        var parts = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            node.Error(at, "a form needs at least one slot or word");
            return null;
        }

        var pattern = new StringBuilder("(?:");
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i > 0)
            {
                pattern.Append(gap);
            }

            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                if (!slots.TryGetValue(part[1..^1], out var slot))
                {
                    node.Error(at, $"form '{form}' uses unknown slot {part}; known: {string.Join(", ", slots.Keys.Order(StringComparer.Ordinal))}");
                    return null;
                }

                pattern.Append(slot);
            }
            else
            {
                pattern.Append(Alternation([part.Replace('_', ' ')]));
            }
        }

        return pattern.Append(')').ToString();
    }

    /// <summary>Words as one group, whole words only: <c>*</c> takes any ending, a space any white space, an apostrophe either form.</summary>
    private static string Alternation(IEnumerable<string> words)
    {
        var escaped = words
            .Select(w => w.Trim())
            .Where(w => w.Length > 0)
            .OrderByDescending(w => w.Length)
            .Select(w => Regex.Escape(w)
                .Replace(@"\*", @"\w*", StringComparison.Ordinal)
                .Replace(@"\ ", @"\s+", StringComparison.Ordinal)
                .Replace('’', '\'')
                .Replace("'", "['’]", StringComparison.Ordinal));
        return $@"\b(?:{string.Join('|', escaped)})\b";
    }
}
