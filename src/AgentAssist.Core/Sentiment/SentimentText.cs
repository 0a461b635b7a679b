using System.Text.RegularExpressions;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Sentiment;

/// <summary>How sentiment lexicons and messages meet: lower case, accents removed (ñ kept), apostrophes dropped.</summary>
internal static partial class SentimentText
{
    public static string Fold(string word) => FoldedText.Create(word).Value.Replace("'", "", StringComparison.Ordinal);

    /// <summary>A lexicon term as a key: each word folded, numbers kept as <c>#</c>, single spaces between words.</summary>
    public static string Key(string term) =>
        string.Join(' ', term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Fold));

    /// <summary>
    /// An emoji as the lexicons key it: variation selectors and skin tones dropped, and of a sequence joined by
    /// zero-width joiners (a person and a sign) the first emoji, which carries the feeling.
    /// </summary>
    public static string Symbol(string element)
    {
        var joiner = element.IndexOf('\u200D', StringComparison.Ordinal);
        var first = joiner > 0 ? element[..joiner] : element;
        return SkinToneOrSelector().Replace(first, "");
    }

    /// <summary>The spellings of a stretched word: every run of three or more letters cut to two, then to one ("sooo" → "soo", "so").</summary>
    public static IEnumerable<string> Unstretched(string word)
    {
        yield return Run().Replace(word, "$1$1");
        yield return Run().Replace(word, "$1");
    }

    [GeneratedRegex("\uFE0F|\uD83C[\uDFFB-\uDFFF]")]
    private static partial Regex SkinToneOrSelector();

    [GeneratedRegex(@"(\p{L})\1{2,}")]
    private static partial Regex Run();
}
