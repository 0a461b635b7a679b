namespace AgentAssist.Core.Privacy;

/// <summary>
/// Words that make a candidate more (or less) likely to be what it looks like when they stand near it: "call" before
/// a number, "tarjeta" before sixteen digits. Matching ignores case and accents; a word written with a trailing
/// <c>*</c> matches every word it starts (<c>llam*</c> matches <c>llámanos</c>).
/// </summary>
public sealed class ContextWords
{
    private readonly string[] _exact;
    private readonly string[] _prefixes;

    public ContextWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var exact = new List<string>();
        var prefixes = new List<string>();
        foreach (var word in words)
        {
            var folded = Fold(word.Trim());
            if (folded.EndsWith('*'))
            {
                prefixes.Add(folded[..^1]);
            }
            else if (folded.Length > 0)
            {
                exact.Add(folded);
            }
        }

        _exact = [.. exact];
        _prefixes = [.. prefixes];
    }

    public static ContextWords None { get; } = new([]);

    public bool IsEmpty => _exact.Length == 0 && _prefixes.Length == 0;

    /// <summary>
    /// How many words before <paramref name="start"/> the nearest context word stands (1 = the word right before),
    /// looking at most <paramref name="maxWords"/> words back and never past a line break; 0 when there is none.
    /// </summary>
    public int DistanceBefore(string text, int start, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsEmpty)
        {
            return 0;
        }

        var position = Math.Min(start, text.Length);
        var crossedLine = false;
        for (var word = 1; word <= maxWords; word++)
        {
            while (position > 0 && !char.IsLetterOrDigit(text[position - 1]))
            {
                position--;

                // A label at the end of the line above ("Phone:\n467 3395") counts; anything further up does not.
                if (text[position] == '\n')
                {
                    if (crossedLine || word > 1)
                    {
                        return 0;
                    }

                    crossedLine = true;
                }
            }

            if (position == 0)
            {
                return 0;
            }

            var end = position;
            while (position > 0 && char.IsLetterOrDigit(text[position - 1]))
            {
                position--;
            }

            if (Matches(text.AsSpan(position, end - position)))
            {
                return word;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether a context word stands in the <paramref name="maxWords"/> words after <paramref name="end"/>, in the same
    /// clause ("0490 75 40 81 mobile"). A word followed by another value labels that value instead
    /// ("28046 Madrid. Tel.: 917 277 000" says nothing about 28046).
    /// </summary>
    public bool AnyAfter(string text, int end, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsEmpty)
        {
            return false;
        }

        var position = Math.Max(0, end);
        for (var word = 0; word < maxWords; word++)
        {
            while (position < text.Length && !char.IsLetterOrDigit(text[position]))
            {
                if (text[position] is '\n' or '.' or ',' or ';' or '!' or '?')
                {
                    return false;
                }

                position++;
            }

            var start = position;
            while (position < text.Length && char.IsLetterOrDigit(text[position]))
            {
                position++;
            }

            if (start == position)
            {
                return false;
            }

            if (Matches(text.AsSpan(start, position - start)))
            {
                return !LabelsWhatFollows(text, position);
            }
        }

        return false;
    }

    private static bool LabelsWhatFollows(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t' or ':' or '.')
        {
            position++;
        }

        return position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] is '+' or '(');
    }

    private bool Matches(ReadOnlySpan<char> word)
    {
        foreach (var exact in _exact)
        {
            if (exact.Length == word.Length && StartsWithFolded(word, exact))
            {
                return true;
            }
        }

        foreach (var prefix in _prefixes)
        {
            if (word.Length >= prefix.Length && StartsWithFolded(word, prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithFolded(ReadOnlySpan<char> word, string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (Fold(word[i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string Fold(string word) => string.Create(word.Length, word, static (buffer, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            buffer[i] = Fold(source[i]);
        }
    });

    /// <summary>Lower case without the accents Spanish and English text carry, so <c>Teléfono</c> matches <c>telefono</c>.</summary>
    internal static char Fold(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
        }

        c = char.ToLowerInvariant(c);
        return c switch
        {
            'á' or 'à' or 'â' or 'ä' or 'ã' => 'a',
            'é' or 'è' or 'ê' or 'ë' => 'e',
            'í' or 'ì' or 'î' or 'ï' => 'i',
            'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
            'ú' or 'ù' or 'û' or 'ü' => 'u',
            'ç' => 'c',
            _ => c,
        };
    }
}
