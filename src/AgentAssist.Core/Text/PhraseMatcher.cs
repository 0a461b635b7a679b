namespace AgentAssist.Core.Text;

/// <summary>
/// Finds whole words and phrases in a tokenised draft, ignoring case and accents. A trailing <c>*</c> on a phrase's
/// last word matches any word that starts with it (<c>refund*</c>: refund, refunds, refunded), so a term never
/// matches inside another word unless its author asks for it.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<int, List<int>> _byFirstWord = [];
    private readonly List<int> _prefixFirstWord = [];
    private readonly List<Phrase> _phrases = [];

    /// <summary>One bit per <see cref="WordVocabulary"/> id that starts a phrase: a draft's word is tested with one bit before any lookup.</summary>
    private readonly ulong[] _firstWords;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var phrase in phrases)
        {
            var parsed = Parse(phrase) ?? throw new ArgumentException($"'{phrase}' has no words to match.", nameof(phrases));
            var index = _phrases.Count;
            _phrases.Add(parsed);
            if (parsed.Words.Length == 1 && parsed.LastIsPrefix)
            {
                _prefixFirstWord.Add(index);
            }
            else
            {
                if (!_byFirstWord.TryGetValue(parsed.Ids[0], out var list))
                {
                    _byFirstWord[parsed.Ids[0]] = list = [];
                }

                list.Add(index);
            }
        }

        _firstWords = new ulong[(_byFirstWord.Keys.DefaultIfEmpty(0).Max() >> 6) + 1];
        foreach (var id in _byFirstWord.Keys)
        {
            _firstWords[id >> 6] |= 1UL << id;
        }
    }

    public int Count => _phrases.Count;

    /// <summary>Whether <paramref name="phrase"/> has at least one word to match.</summary>
    public static bool IsValid(string phrase) => Parse(phrase) is not null;

    /// <summary>Finds non-overlapping matches, the longest one first at each position.</summary>
    public void FindAll(IReadOnlyList<Token> tokens, ICollection<PhraseMatch> matches) =>
        FindAll(tokens, WordVocabulary.Find(tokens), matches);

    /// <summary>Finds non-overlapping matches, the longest one first at each position.</summary>
    /// <param name="tokens">The draft's words.</param>
    /// <param name="ids">Their <see cref="WordVocabulary"/> ids, computed once per draft and shared by every matcher.</param>
    /// <param name="matches">Where the matches go.</param>
    public void FindAll(IReadOnlyList<Token> tokens, ReadOnlySpan<int> ids, ICollection<PhraseMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(matches);
        if (ids.Length != tokens.Count)
        {
            throw new ArgumentException("There must be one id per token.", nameof(ids));
        }

        var i = 0;
        while (i < ids.Length)
        {
            var (best, bestLength) = LongestAt(tokens, ids, i);
            if (best < 0)
            {
                foreach (var index in _prefixFirstWord)
                {
                    if (tokens[i].Word.StartsWith(_phrases[index].Words[0], StringComparison.Ordinal))
                    {
                        best = index;
                        bestLength = 1;
                        break;
                    }
                }
            }

            if (best < 0)
            {
                i++;
                continue;
            }

            Add(tokens, best, i, bestLength, matches);
            i += bestLength;
        }
    }

    /// <summary>
    /// Finds the same matches as <see cref="FindAll(IReadOnlyList{Token}, ReadOnlySpan{int}, ICollection{PhraseMatch})"/>,
    /// looking only at <paramref name="known"/>, the positions of the words some phrase uses (a few per draft), unless
    /// a phrase ends in <c>*</c> and any word may match it.
    /// </summary>
    /// <param name="known">Ascending positions of the tokens whose id is not <see cref="WordVocabulary.Unknown"/>.</param>
    internal void FindAll(IReadOnlyList<Token> tokens, ReadOnlySpan<int> ids, ReadOnlySpan<int> known, ICollection<PhraseMatch> matches)
    {
        if (_prefixFirstWord.Count > 0)
        {
            FindAll(tokens, ids, matches);
            return;
        }

        var next = 0;
        foreach (var i in known)
        {
            if (i < next)
            {
                continue;
            }

            var (best, length) = LongestAt(tokens, ids, i);
            if (best >= 0)
            {
                Add(tokens, best, i, length, matches);
                next = i + length;
            }
        }
    }

    private static void Add(IReadOnlyList<Token> tokens, int phrase, int first, int length, ICollection<PhraseMatch> matches)
    {
        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[first + length - 1].Span.End);
        matches.Add(new PhraseMatch(phrase, first, length, span));
    }

    /// <summary>The longest phrase without a trailing <c>*</c> that matches at <paramref name="start"/>, or -1.</summary>
    private (int Phrase, int Length) LongestAt(IReadOnlyList<Token> tokens, ReadOnlySpan<int> ids, int start)
    {
        var best = -1;
        var bestLength = 0;
        if (StartsPhrase(ids[start]) && _byFirstWord.TryGetValue(ids[start], out var candidates))
        {
            foreach (var index in candidates)
            {
                var length = MatchAt(_phrases[index], tokens, ids, start);
                if (length > bestLength)
                {
                    best = index;
                    bestLength = length;
                }
            }
        }

        return (best, bestLength);
    }

    private bool StartsPhrase(int id) => (id >> 6) < _firstWords.Length && (_firstWords[id >> 6] & (1UL << id)) != 0;

    private static int MatchAt(Phrase phrase, IReadOnlyList<Token> tokens, ReadOnlySpan<int> ids, int start)
    {
        if (start + phrase.Words.Length > tokens.Count)
        {
            return 0;
        }

        for (var w = 0; w < phrase.Words.Length; w++)
        {
            var last = w == phrase.Words.Length - 1;
            var ok = last && phrase.LastIsPrefix
                ? tokens[start + w].Word.StartsWith(phrase.Words[w], StringComparison.Ordinal)
                : ids[start + w] == phrase.Ids[w];
            if (!ok)
            {
                return 0;
            }
        }

        return phrase.Words.Length;
    }

    private static Phrase? Parse(string phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        var trimmed = phrase.Trim();
        var prefix = trimmed.EndsWith('*');
        if (prefix)
        {
            trimmed = trimmed[..^1];
        }

        var words = Tokenizer.Tokenize(FoldedText.Create(trimmed)).Select(t => t.Value).ToArray();
        return words.Length == 0 ? null : new Phrase(words, words.Select(WordVocabulary.Register).ToArray(), prefix);
    }

    /// <summary>A phrase: its folded words, their vocabulary ids, and whether the last word is a prefix.</summary>
    private sealed record Phrase(string[] Words, int[] Ids, bool LastIsPrefix);
}
