using System.Buffers;
using System.Globalization;
using System.Text;

namespace AgentAssist.Core.Text;

/// <summary>
/// A draft folded for matching: lower case, accents removed (but <c>ñ</c> kept, since <c>año</c> and <c>ano</c> are different words),
/// typographic apostrophes made plain, with a map from every folded position back to the original text so that
/// findings point at what the agent wrote.
/// </summary>
public sealed class FoldedText
{
    /// <summary>Characters up to the end of Latin Extended-B (accented letters of European languages, Latin-1 punctuation) fold by table.</summary>
    private const int TableSize = 0x250;

    private static readonly string[] Table = BuildTable();

    /// <summary>Where each folded character's text element starts in the original; <see langword="null"/> when every character maps to itself (plain ASCII).</summary>
    private readonly int[]? _map;

    private FoldedText(string original, string folded, int[]? map)
    {
        Original = original;
        Value = folded;
        _map = map;
    }

    public string Original { get; }

    /// <summary>The folded text.</summary>
    public string Value { get; }

    /// <summary>Maps a span of <see cref="Value"/> to the span of <see cref="Original"/> it came from.</summary>
    public TextSpan ToOriginal(int foldedStart, int foldedEnd)
    {
        var start = At(foldedStart);
        // The end is the end of the text element the last folded character came from, not the start of the next
        // one: characters folding drops (a bidi mark, a zero-width joiner) between two words belong to neither.
        // The map points at text-element starts (every folded character records the element it came from), so both
        // ends already fall on element boundaries: no need to walk the text again for each word.
        var end = foldedEnd > foldedStart ? NextOriginalBoundary(At(foldedEnd - 1)) : start;
        return TextSpan.FromBounds(start, end);
    }

    public static FoldedText Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainAscii(text))
        {
            return CreateAscii(text);
        }

        var output = new Output(text.Length);
        try
        {
            var position = 0;
            while (position < text.Length)
            {
                var c = text[position];
                var next = position + 1;
                if (c < TableSize && c != '\r' && (next == text.Length || text[next] < '\u0080'))
                {
                    // A character of the Latin blocks followed by ASCII is a text element of its own (but CR LF is one
                    // element; TextElementsTests checks every pair), so it folds as the table says, without normalising it again.
                    output.Append(Table[c], position);
                    position = next;
                    continue;
                }

                var length = TextElements.NextLength(text.AsSpan(position));
                if (length == 1 && c < TableSize)
                {
                    output.Append(Table[c], position);
                }
                else
                {
                    AppendElement(text.AsSpan(position, length), position, ref output);
                }

                position += length;
            }

            return output.ToFoldedText(text);
        }
        finally
        {
            output.Return();
        }
    }

    /// <summary>How one text element folds: decomposed, marks and format characters dropped, lower case.</summary>
    private static void AppendElement(ReadOnlySpan<char> element, int offset, ref Output output)
    {
        var decomposed = element.ToString().Normalize(NormalizationForm.FormD);
        var hasTilde = false;
        foreach (var c in decomposed)
        {
            hasTilde |= c == '\u0303';
        }

        Span<char> buffer = stackalloc char[2];
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (rune.Value is 'n' or 'N' && hasTilde)
            {
                output.Append("ñ", offset);
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            var value = lower.Value switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => new Rune('\''),
                'ß' => new Rune('s'),
                _ => lower,
            };
            var written = value.EncodeToUtf16(buffer);
            output.Append(buffer[..written], offset);
        }
    }

    /// <summary>The folded form of every character below <see cref="TableSize"/> when it stands alone, worked out once by <see cref="AppendElement"/>.</summary>
    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        Span<char> one = stackalloc char[1];
        for (var c = 0; c < TableSize; c++)
        {
            one[0] = (char)c;
            var output = new Output(4);
            AppendElement(one, 0, ref output);
            table[c] = output.ToFoldedText(one.ToString()).Value;
            output.Return();
        }

        return table;
    }

    private static FoldedText CreateAscii(string text)
    {
        var folded = string.Create(text.Length, text, static (chars, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                chars[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c == '`' ? '\'' : c;
            }
        });
        return new FoldedText(text, folded, map: null);
    }

    private int At(int folded)
    {
        if (_map is not null)
        {
            return _map[folded];
        }

        // The identity map, with the bounds check the array would make.
        ArgumentOutOfRangeException.ThrowIfNegative(folded);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(folded, Value.Length);
        return folded;
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The folded characters and, for each, where its text element starts in the original; buffers come from the shared pool.</summary>
    private struct Output(int capacity)
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(capacity + 8);
        private int[] _map = ArrayPool<int>.Shared.Rent(capacity + 8);
        private int _length;

        public void Append(ReadOnlySpan<char> folded, int offset)
        {
            if (_length + folded.Length > _chars.Length)
            {
                Grow(_length + folded.Length);
            }

            foreach (var c in folded)
            {
                _chars[_length] = c;
                _map[_length] = offset;
                _length++;
            }
        }

        public readonly FoldedText ToFoldedText(string original)
        {
            var map = new int[_length + 1];
            _map.AsSpan(0, _length).CopyTo(map);
            map[_length] = original.Length;
            return new FoldedText(original, new string(_chars, 0, _length), map);
        }

        public readonly void Return()
        {
            ArrayPool<char>.Shared.Return(_chars);
            ArrayPool<int>.Shared.Return(_map);
        }

        private void Grow(int needed)
        {
            var size = Math.Max(needed, _chars.Length * 2);
            var chars = ArrayPool<char>.Shared.Rent(size);
            var map = ArrayPool<int>.Shared.Rent(size);
            _chars.AsSpan(0, _length).CopyTo(chars);
            _map.AsSpan(0, _length).CopyTo(map);
            Return();
            _chars = chars;
            _map = map;
        }
    }

    private int NextOriginalBoundary(int start)
    {
        if (start >= Original.Length)
        {
            return start;
        }

        // Plain ASCII letters and digits are text elements of their own; only look further for anything else.
        var c = Original[start];
        return char.IsAsciiLetterOrDigit(c) && (start + 1 == Original.Length || Original[start + 1] < '\u0080')
            ? start + 1
            : start + StringInfo.GetNextTextElementLength(Original.AsSpan(start));
    }
}
