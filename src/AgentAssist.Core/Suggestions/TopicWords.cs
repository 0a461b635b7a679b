using AgentAssist.Core.Text;

namespace AgentAssist.Core.Suggestions;

/// <summary>
/// The words a text is about, for relating a draft to a customer's history: folded words of four letters or more that
/// are not stop words, cut to their first five letters so that "delivery" meets "delivered" and "lámpara" "lamparas".
/// </summary>
internal static class TopicWords
{
    private const int MinLength = 4;

    private const int StemLength = 5;

    /// <summary>Lower case without accents (ñ kept), as rule packs fold drafts.</summary>
    public static string Fold(string text) => FoldedText.Create(text).Value;

    /// <summary>The folded words of <paramref name="text"/>, in order.</summary>
    public static List<string> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && Tokenizer.IsWordChar(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The stems of the words <paramref name="text"/> is about.</summary>
    public static HashSet<string> Stems(string? text, IReadOnlyList<string> stopWords)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return stems;
        }

        foreach (var word in Words(text))
        {
            if (word.Length >= MinLength && !char.IsDigit(word[0]) && !stopWords.Contains(word, StringComparer.Ordinal))
            {
                stems.Add(word.Length > StemLength ? word[..StemLength] : word);
            }
        }

        return stems;
    }

    /// <summary>Whether the folded <paramref name="text"/> holds one of <paramref name="phrases"/> as whole words.</summary>
    public static bool ContainsAny(string text, IReadOnlyList<string> phrases)
    {
        if (phrases.Count == 0)
        {
            return false;
        }

        var padded = " " + string.Join(' ', Words(text)) + " ";
        return phrases.Any(p => padded.Contains(" " + string.Join(' ', Words(p)) + " ", StringComparison.Ordinal));
    }

    /// <summary>How many of <paramref name="words"/> (folded) occur in <paramref name="text"/>.</summary>
    public static int Count(string text, IReadOnlyList<string> words)
    {
        var set = words.ToHashSet(StringComparer.Ordinal);
        return Words(text).Count(set.Contains);
    }
}
