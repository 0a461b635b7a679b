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

        var hasPrefixes = _prefixFirstWord.Count > 0;
        var i = 0;
        while (i < ids.Length)
        {
            if (!hasPrefixes && ids[i] == WordVocabulary.Unknown)
            {
                // Most words are in no phrase: jump to the next one that is, many ids at a time.
                var next = ids[i..].IndexOfAnyExcept(WordVocabulary.Unknown);
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            var id = ids[i];
            var best = -1;
            var bestLength = 0;
            if (StartsPhrase(id) && _byFirstWord.TryGetValue(id, out var candidates))
            {
                foreach (var index in candidates)
                {
                    var length = MatchAt(_phrases[index], tokens, ids, i);
                    if (length > bestLength)
                    {
                        best = index;
                        bestLength = length;
                    }
                }
            }

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

            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + bestLength - 1].Span.End);
            matches.Add(new PhraseMatch(best, i, bestLength, span));
            i += bestLength;
        }
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
