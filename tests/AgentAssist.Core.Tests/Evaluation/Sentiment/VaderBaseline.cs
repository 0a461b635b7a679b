using System.Globalization;
using System.Net;
using AgentAssist.Core.Sentiment;

namespace AgentAssist.Core.Tests.Evaluation.Sentiment;

/// <summary>
/// VADER as Hutto and Gilbert describe it (ICWSM 2014) and as its reference implementation documents it, written
/// here as a baseline to measure against, not shipped: lexicon valences; boosters ±0.293 over the three words before,
/// fading by 5% a word; a word in capitals in mixed-case text ±0.733; a negation among the three words before × −0.74;
/// before "but" × 0.5, after × 1.5; up to four "!" add 0.292 each; the sum normalised as x / √(x² + 15); compound
/// ≥ 0.05 positive, ≤ −0.05 negative. Emoji read as their descriptions.
/// </summary>
internal sealed class VaderBaseline
{
    private const double BoosterIncrement = 0.293;
    private const double CapsIncrement = 0.733;
    private const double NegationScalar = -0.74;

    private static readonly HashSet<string> Negations =
    [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't",
        "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none",
        "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't",
        "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely",
        "seldom", "despite",
    ];

    private static readonly HashSet<string> Increments =
    [
        "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "effing", "enormously",
        "entirely", "especially", "exceptionally", "extremely", "fabulously", "flipping", "flippin", "fricking", "frickin",
        "frigging", "friggin", "fully", "fucking", "greatly", "hella", "highly", "hugely", "incredibly", "intensely",
        "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
        "thoroughly", "totally", "tremendously", "uber", "unbelievably", "unusually", "utterly", "very",
    ];

    private static readonly HashSet<string> Decrements =
    [
        "almost", "barely", "hardly", "kinda", "kindof", "less", "little", "marginally", "occasionally", "partly",
        "scarcely", "slightly", "somewhat", "sorta", "sortof",
    ];

    private readonly Dictionary<string, double> _lexicon = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _emoji = new(StringComparer.Ordinal);

    public VaderBaseline(string lexiconFile, string emojiFile)
    {
        foreach (var line in File.ReadLines(lexiconFile))
        {
            var fields = line.Split('\t');
            _lexicon[fields[0]] = double.Parse(fields[1], CultureInfo.InvariantCulture);
        }

        foreach (var line in File.ReadLines(emojiFile))
        {
            var fields = line.Split('\t');
            if (fields.Length == 2)
            {
                _emoji[fields[0]] = fields[1];
            }
        }
    }

    public SentimentLabel Classify(string text)
    {
        var compound = Compound(WebUtility.HtmlDecode(text));
        return compound >= 0.05 ? SentimentLabel.Positive : compound <= -0.05 ? SentimentLabel.Negative : SentimentLabel.Neutral;
    }

    public double Compound(string text)
    {
        var described = string.Concat(StringInfo.GetTextElementEnumerator(text) is var e ? Elements(e).Select(el => _emoji.TryGetValue(el, out var d) ? $" {d} " : el) : []);
        var words = described.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => _lexicon.ContainsKey(w.ToLowerInvariant()) ? w : w.Trim('.', ',', '!', '?', ';', ':', '"', '(', ')', '\'', '*'))
            .Where(w => w.Length > 1)
            .ToList();
        var mixedCase = words.Any(IsCapitals) && !words.All(IsCapitals);
        var valences = new double[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (Increments.Contains(lower) || Decrements.Contains(lower) || !_lexicon.TryGetValue(lower, out var valence))
            {
                continue;
            }

            if (mixedCase && IsCapitals(words[i]))
            {
                valence += Math.Sign(valence) * CapsIncrement;
            }

            for (var back = 1; back <= 3 && i - back >= 0; back++)
            {
                var before = words[i - back].ToLowerInvariant();
                var boost = Increments.Contains(before) ? BoosterIncrement : Decrements.Contains(before) ? -BoosterIncrement : 0;
                valence += Math.Sign(valence) * boost * (1 - 0.05 * (back - 1));
                if (Negations.Contains(before) || before.EndsWith("n't", StringComparison.Ordinal))
                {
                    valence *= NegationScalar;
                }
            }

            valences[i] = valence;
        }

        var but = words.FindIndex(w => w.Equals("but", StringComparison.OrdinalIgnoreCase));
        if (but >= 0)
        {
            for (var i = 0; i < valences.Length; i++)
            {
                valences[i] *= i < but ? 0.5 : i > but ? 1.5 : 1;
            }
        }

        var sum = valences.Sum();
        if (sum != 0)
        {
            sum += Math.Sign(sum) * Math.Min(text.Count(c => c == '!'), 4) * 0.292;
        }

        return sum / Math.Sqrt(sum * sum + 15);
    }

    private static bool IsCapitals(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);

    private static IEnumerable<string> Elements(TextElementEnumerator e)
    {
        while (e.MoveNext())
        {
            yield return e.GetTextElement();
        }
    }
}
