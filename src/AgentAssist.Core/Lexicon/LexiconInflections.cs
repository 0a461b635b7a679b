namespace AgentAssist.Core.Lexicon;

/// <summary>
/// The endings a term may take without being listed, per language. Only endings that add to a word are used
/// (<c>fucker</c>, <c>bitches</c>, <c>pendejos</c>): forms that change the word (<c>polla</c> → <c>pollo</c>)
/// must be listed, because that is exactly where innocent words live.
/// </summary>
public static class LexiconInflections
{
    private static readonly string[] English = ["s", "es", "z", "ez", "ed", "er", "ers", "erz", "in", "ing", "ings", "y"];

    private static readonly string[] Spanish = ["s", "es"];

    /// <summary>The endings for <paramref name="language"/> (two-letter code); none for a language without a list.</summary>
    public static IReadOnlyList<string> For(string language) => language switch
    {
        "en" => English,
        "es" => Spanish,
        _ => [],
    };
}
