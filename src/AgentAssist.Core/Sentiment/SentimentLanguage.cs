using System.Collections.Frozen;

namespace AgentAssist.Core.Sentiment;

/// <summary>
/// The sentiment lexicon and rules of one language: terms keyed by their words joined with spaces (numbers written
/// <c>#</c>), the spellings of social channels read as other words, the thresholds that turn a score into a label,
/// and the language's word-form reductions for words the lexicon lacks.
/// </summary>
internal sealed class SentimentLanguage
{
    public SentimentLanguage(
        string code,
        IReadOnlyDictionary<string, SentimentTerm> terms,
        IReadOnlyDictionary<string, string> aliases,
        double negativeThreshold,
        double positiveThreshold,
        Func<string, IEnumerable<string>> wordForms)
    {
        Code = code;
        Terms = terms.ToFrozenDictionary(StringComparer.Ordinal);
        Aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        NegativeThreshold = negativeThreshold;
        PositiveThreshold = positiveThreshold;
        WordForms = wordForms;
        LongestTerm = terms.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public string Code { get; }

    public FrozenDictionary<string, SentimentTerm> Terms { get; }

    public FrozenDictionary<string, string> Aliases { get; }

    public double NegativeThreshold { get; }

    public double PositiveThreshold { get; }

    /// <summary>Candidate base forms of a word the lexicon lacks, most likely first.</summary>
    public Func<string, IEnumerable<string>> WordForms { get; }

    /// <summary>The most words any term has.</summary>
    public int LongestTerm { get; }
}
