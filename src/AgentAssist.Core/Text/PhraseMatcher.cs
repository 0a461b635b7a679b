namespace AgentAssist.Core.Text;

/// <summary>
/// Finds whole words and phrases in a tokenised draft, ignoring case and accents. A trailing <c>*</c> on a phrase's
/// last word matches any word that starts with it (<c>refund*</c>: refund, refunds, refunded), so a term never
/// matches inside another word unless its author asks for it.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<int> _prefixFirstWord = [];
    private readonly List<Phrase> _phrases = [];

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
                if (!_byFirstWord.TryGetValue(parsed.Words[0], out var list))
                {
                    _byFirstWord[parsed.Words[0]] = list = [];
                }

                list.Add(index);
            }
        }
    }

    public int Count => _phrases.Count;

    /// <summary>Whether <paramref name="phrase"/> has at least one word to match.</summary>
    public static bool IsValid(string phrase) => Parse(phrase) is not null;

    /// <summary>Finds non-overlapping matches, the longest one first at each position.</summary>
    public void FindAll(IReadOnlyList<Token> tokens, ICollection<PhraseMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(matches);
        var i = 0;
        while (i < tokens.Count)
        {
            var best = -1;
            var bestLength = 0;
            if (_byFirstWord.TryGetValue(tokens[i].Value, out var candidates))
            {
                foreach (var index in candidates)
                {
                    var length = MatchAt(_phrases[index], tokens, i);
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
                    if (tokens[i].Value.StartsWith(_phrases[index].Words[0], StringComparison.Ordinal))
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

    private static int MatchAt(Phrase phrase, IReadOnlyList<Token> tokens, int start)
    {
        if (start + phrase.Words.Length > tokens.Count)
        {
            return 0;
        }

        for (var w = 0; w < phrase.Words.Length; w++)
        {
            var token = tokens[start + w].Value;
            var word = phrase.Words[w];
            var last = w == phrase.Words.Length - 1;
            var ok = last && phrase.LastIsPrefix
                ? token.StartsWith(word, StringComparison.Ordinal)
                : string.Equals(token, word, StringComparison.Ordinal);
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
        return words.Length == 0 ? null : new Phrase(words, prefix);
    }

    private sealed record Phrase(string[] Words, bool LastIsPrefix);
}
