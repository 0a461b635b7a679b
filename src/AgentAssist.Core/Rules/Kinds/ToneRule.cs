using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: tone</c> — how a reply sounds, by <c>check</c>:
/// <list type="bullet">
/// <item><c>capitals</c>: shouting, words in capitals of at least <c>minLetters</c> letters (default 4), except <c>allow</c>,
/// with the shorter words in capitals right beside them (<c>WE ARE SORRY</c>).</item>
/// <item><c>exclamations</c>: runs of more than <c>max</c> (default 1) exclamation or question marks; fixed to one.</item>
/// <item><c>emoji</c>: more than <c>max</c> emoji (a number, or a map of channel: number; 0 forbids them).</item>
/// <item><c>formality</c>: <c>markers</c> (words or phrases) out of place in channels whose register is listed in <c>registers</c> (default <c>formal</c>), with an optional <c>swap</c> map as automatic fixes.</item>
/// </list>
/// </summary>
public sealed partial class ToneRule : IRule
{
    private readonly RuleBasics _basics;
    private readonly Action<CheckContext, ICollection<Finding>> _evaluate;

    private ToneRule(RuleBasics basics, Func<ToneRule, Action<CheckContext, ICollection<Finding>>> evaluate)
    {
        _basics = basics;
        _evaluate = evaluate(this);
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        var check = node.Text("check", required: true);
        switch (check)
        {
            case null:
                return null;
            case "capitals":
                var minLetters = node.Number("minLetters", min: 2) ?? 4;
                var allow = node.Strings("allow").Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
                return new ToneRule(basics, r => (c, f) => r.Capitals(c, f, minLetters, allow));
            case "exclamations":
                var max = node.Number("max", min: 1) ?? 1;
                return new ToneRule(basics, r => (c, f) => r.Exclamations(c, f, max));
            case "emoji":
                var limits = ReadLimits(node);
                return limits is null ? null : new ToneRule(basics, r => (c, f) => r.Emoji(c, f, limits.Value.Everywhere, limits.Value.PerChannel));
            case "formality":
                var markers = TermListReader.Read(node, "markers", required: true);
                var registers = node.Strings("registers").Select(r => r.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
                if (registers.Count == 0)
                {
                    registers.Add("formal");
                }

                var swaps = ReadSwaps(node);
                return markers is null ? null : new ToneRule(basics, r => (c, f) => r.Formality(c, f, markers.Value, registers, swaps));
            default:
                node.Error(node.Get("check")!, $"unknown tone check '{check}'; use capitals, exclamations, emoji or formality");
                return null;
        }
    }

    public void Evaluate(CheckContext context, ICollection<Finding> findings) => _evaluate(context, findings);

    private void Capitals(CheckContext context, ICollection<Finding> findings, int minLetters, HashSet<string> allow)
    {
        var tokens = context.Tokens;
        var allowed = allow.GetAlternateLookup<ReadOnlySpan<char>>();
        var flaggedUpTo = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = context.Text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length);
            if (CapitalLetters(word) < minLetters || allowed.Contains(word))
            {
                continue;
            }

            // A shouted word takes the short words in capitals around it with it ("WE ARE SORRY", "LO SENTIMOS"):
            // alone they read as acronyms (DM, OK, USA), beside a shouted word they are part of the shouting.
            var first = i;
            while (first - 1 > flaggedUpTo && IsShortCapitals(context, tokens, first - 1, first, minLetters, allowed))
            {
                first--;
            }

            var last = i;
            while (last + 1 < tokens.Count && IsShortCapitals(context, tokens, last + 1, last, minLetters, allowed))
            {
                last++;
            }

            for (var j = first; j <= last; j++)
            {
                if (j > flaggedUpTo)
                {
                    AddLowerCase(context, findings, tokens[j].Span);
                }
            }

            flaggedUpTo = Math.Max(flaggedUpTo, last);
        }
    }

    /// <summary>The letters of a word written all in capitals (at least two), or 0 when it has a lower-case letter.</summary>
    private static int CapitalLetters(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                // Most words have a lower-case letter by the second character: no need to read on.
                if (!char.IsUpper(c))
                {
                    return 0;
                }

                letters++;
            }
        }

        return letters;
    }

    /// <summary>
    /// Whether token <paramref name="index"/> is a short word in capitals (two letters or more, fewer than
    /// <paramref name="minLetters"/>, not allowed) separated from its neighbour <paramref name="next"/> by nothing but
    /// spaces, commas, semicolons, colons or hyphens.
    /// </summary>
    private static bool IsShortCapitals(
        CheckContext context, IReadOnlyList<Token> tokens, int index, int next, int minLetters, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> allowed)
    {
        var span = tokens[index].Span;
        var word = context.Text.AsSpan(span.Start, span.Length);
        var letters = CapitalLetters(word);
        if (letters < 2 || letters >= minLetters || allowed.Contains(word))
        {
            return false;
        }

        var (left, right) = index < next ? (span, tokens[next].Span) : (tokens[next].Span, span);
        var gap = context.Text.AsSpan(left.Start + left.Length, right.Start - (left.Start + left.Length));
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not (',' or ';' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private void AddLowerCase(CheckContext context, ICollection<Finding> findings, TextSpan span)
    {
        var lower = context.Text.AsSpan(span.Start, span.Length).ToString().ToLowerInvariant();
        var replacement = IsSentenceStart(context.Text, span.Start) ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
        findings.Add(_basics.CreateFinding(context, span, replacement));
    }

    private void Exclamations(CheckContext context, ICollection<Finding> findings, int max)
    {
        foreach (Match run in PunctuationRun().Matches(context.Text))
        {
            if (run.Length <= max)
            {
                continue;
            }

            // Keep the question if there is one, and the direction: an opening run (¿¡) stays an opening mark.
            var question = run.Value.AsSpan().IndexOfAny('?', '¿') >= 0;
            var opening = run.Value[0] is '¿' or '¡';
            var replacement = (opening, question) switch
            {
                (true, true) => "¿",
                (true, false) => "¡",
                (false, true) => "?",
                _ => "!",
            };
            findings.Add(_basics.CreateFinding(context, new TextSpan(run.Index, run.Length), replacement));
        }
    }

    private void Emoji(CheckContext context, ICollection<Finding> findings, int? everywhere, Dictionary<string, int> perChannel)
    {
        var max = perChannel.TryGetValue(context.Channel.Id, out var limit) ? limit
            : perChannel.TryGetValue(context.Channel.Kind == ChannelKind.Public ? "public" : "private", out limit) ? limit
            : everywhere;
        if (max is not { } allowed)
        {
            return;
        }

        var seen = 0;
        foreach (var span in TextElements.Emoji(context.Text))
        {
            if (++seen > allowed)
            {
                findings.Add(_basics.CreateFinding(context, span, string.Empty));
            }
        }
    }

    private void Formality(
        CheckContext context,
        ICollection<Finding> findings,
        (PhraseMatcher Matcher, IReadOnlyList<string> Terms) markers,
        HashSet<string> registers,
        Dictionary<string, string> swaps)
    {
        if (!registers.Contains(context.Channel.Register))
        {
            return;
        }

        var matches = context.PhraseMatchBuffer();
        markers.Matcher.FindAll(context.Tokens, context.WordIds, context.KnownWords, matches);
        foreach (var match in matches)
        {
            var term = markers.Terms[match.PhraseIndex];
            var replacement = swaps.TryGetValue(term, out var swap) ? Capitalization.Match(match.Span.Slice(context.Text), swap, term) : null;
            findings.Add(_basics.CreateFinding(context, match.Span, replacement));
        }
    }

    private static bool IsSentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '¡' or '¿' or '"' or '(')
            {
                continue;
            }

            return c is '.' or '!' or '?' or '\n';
        }

        return true;
    }

    private static (int? Everywhere, Dictionary<string, int> PerChannel)? ReadLimits(YamlRuleNode node)
    {
        var perChannel = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        switch (node.Get("max"))
        {
            case YamlScalarNode scalar:
                return node.ReadInt(scalar, "max", min: 0) is { } everywhere ? (everywhere, perChannel) : null;
            case YamlMappingNode map:
                return (null, node.ChannelNumbers(map, "max", min: 0));
            case null:
                node.Error(node.Node, "'max' is required for the emoji check: a number, or a map of channel: number");
                return null;
            case var other:
                node.Error(other, "'max' must be a number or a map of channel: number");
                return null;
        }
    }

    private static Dictionary<string, string> ReadSwaps(YamlRuleNode node)
    {
        var swaps = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Map("swap") is { } map)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } term } && value is YamlScalarNode { Value: { } replacement })
                {
                    swaps[term] = replacement;
                }
                else
                {
                    node.Error(key, "every 'swap' line must be 'marker: replacement'");
                }
            }
        }

        return swaps;
    }

    [GeneratedRegex(@"[!¡?¿]{2,}")]
    private static partial Regex PunctuationRun();
}
