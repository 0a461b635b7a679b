using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: tone</c> — how a reply sounds, by <c>check</c>:
/// <list type="bullet">
/// <item><c>capitals</c>: shouting, words in capitals of at least <c>minLetters</c> letters (default 4), except <c>allow</c>.</item>
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
        foreach (var token in context.Tokens)
        {
            var word = context.Text.AsSpan(token.Span.Start, token.Span.Length);
            var letters = 0;
            var upper = true;
            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (!char.IsUpper(c))
                    {
                        // Most words have a lower-case letter by the second character: no need to read on.
                        upper = false;
                        break;
                    }
                }
            }

            if (letters < minLetters || !upper || allow.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                continue;
            }

            var lower = word.ToString().ToLowerInvariant();
            var sentenceStart = IsSentenceStart(context.Text, token.Span.Start);
            var replacement = sentenceStart ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
            findings.Add(_basics.CreateFinding(context, token.Span, replacement));
        }
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
