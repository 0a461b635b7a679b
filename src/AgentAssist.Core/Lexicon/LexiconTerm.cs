using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Lexicon;

/// <summary>One entry of a lexicon rule's word list.</summary>
/// <param name="Text">The term as the pack writes it (<c>fuck*</c>, <c>hijo de puta</c>).</param>
/// <param name="Words">Its words as the matcher compares them: folded, without apostrophes or the trailing <c>*</c>.</param>
/// <param name="IsPrefix">Whether it names every word that starts with it (a trailing <c>*</c>).</param>
/// <param name="Severity">Severity of its findings.</param>
public sealed record LexiconTerm(string Text, IReadOnlyList<string> Words, bool IsPrefix, Severity Severity)
{
    /// <summary>
    /// Whether the list names <paramref name="word"/> (already folded, apostrophes removed): the word is this one-word
    /// term, or starts with it when the term ends in <c>*</c>.
    /// </summary>
    public bool Names(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Words.Count == 1 && (IsPrefix ? word.StartsWith(Words[0], StringComparison.Ordinal) : string.Equals(word, Words[0], StringComparison.Ordinal));
    }
}
