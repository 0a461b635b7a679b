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
    private readonly int[] _map;

    private FoldedText(string original, string folded, int[] map)
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
        var start = _map[foldedStart];
        // The end is the end of the text element the last folded character came from, not the start of the next
        // one: characters folding drops (a bidi mark, a zero-width joiner) between two words belong to neither.
        // The map points at text-element starts (every folded character records the element it came from), so both
        // ends already fall on element boundaries: no need to walk the text again for each word.
        var end = foldedEnd > foldedStart ? NextOriginalBoundary(_map[foldedEnd - 1]) : start;
        return TextSpan.FromBounds(start, end);
    }

    public static FoldedText Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainAscii(text))
        {
            return CreateAscii(text);
        }

        var folded = new StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        var position = 0;
        while (position < text.Length)
        {
            var length = TextElements.NextLength(text.AsSpan(position));
            AppendElement(text.AsSpan(position, length), position, folded, map);
            position += length;
        }

        map.Add(text.Length);
        return new FoldedText(text, folded.ToString(), [.. map]);
    }

    private static void AppendElement(ReadOnlySpan<char> element, int offset, StringBuilder folded, List<int> map)
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
                folded.Append('ñ');
                map.Add(offset);
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
            for (var i = 0; i < written; i++)
            {
                folded.Append(buffer[i]);
                map.Add(offset);
            }
        }
    }

    private static FoldedText CreateAscii(string text)
    {
        var map = new int[text.Length + 1];
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c == '`' ? '\'' : c;
            map[i] = i;
        }

        map[text.Length] = text.Length;
        return new FoldedText(text, new string(chars), map);
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
