namespace AgentAssist.Core.Sentiment;

/// <summary>
/// The base forms a lexicon may hold for an inflected word it lacks: English plurals and past tenses; Spanish
/// plurals, feminine forms, superlatives, diminutives, participles, gerunds and common verb endings reduced to the
/// masculine singular or the infinitive. Candidates, not analyses: the first one the lexicon knows wins.
/// </summary>
internal static class SentimentWordForms
{
    private static readonly (string Ending, string[] Replacements)[] English =
    [
        ("ies", ["y"]), ("es", ["", "e"]), ("s", [""]), ("ied", ["y"]), ("ed", ["", "e"]), ("ing", ["", "e"]), ("ly", [""]),
    ];

    private static readonly (string Ending, string[] Replacements)[] Spanish =
    [
        ("isimos", ["o", ""]), ("isimas", ["o", "a"]), ("isimo", ["o", ""]), ("isima", ["o", "a"]),
        ("itos", ["o"]), ("itas", ["a", "o"]), ("ito", ["o"]), ("ita", ["a", "o"]),
        ("ados", ["ado", "ar"]), ("adas", ["ado", "ar"]), ("ada", ["ado", "ar"]), ("ado", ["ar"]),
        ("idos", ["ido", "er", "ir"]), ("idas", ["ido", "er", "ir"]), ("ida", ["ido", "er", "ir"]), ("ido", ["er", "ir"]),
        ("ando", ["ar"]), ("iendo", ["er", "ir"]),
        ("aron", ["ar"]), ("ieron", ["er", "ir"]), ("amos", ["ar"]), ("emos", ["er"]), ("imos", ["ir"]),
        ("ais", ["ar"]), ("eis", ["er"]), ("an", ["ar"]), ("en", ["er", "ir"]), ("io", ["er", "ir"]),
        ("es", ["", "e"]), ("as", ["o", "a", "ar"]), ("os", ["o"]), ("s", [""]),
        ("a", ["o", "ar"]), ("e", ["er", "ir", "ar"]), ("o", ["ar", "er", "ir"]),
    ];

    public static IEnumerable<string> EnglishForms(string word) => Forms(word, English);

    public static IEnumerable<string> SpanishForms(string word) => Forms(word, Spanish);

    private static IEnumerable<string> Forms(string word, (string Ending, string[] Replacements)[] endings)
    {
        foreach (var (ending, replacements) in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                foreach (var replacement in replacements)
                {
                    yield return stem + replacement;
                }
            }
        }
    }
}
