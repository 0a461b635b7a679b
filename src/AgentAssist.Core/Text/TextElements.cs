using System.Buffers;
using System.Globalization;
using System.Text;

namespace AgentAssist.Core.Text;

/// <summary>Counting and classifying text elements: what a person sees as one character.</summary>
public static class TextElements
{
    private static readonly SearchValues<char> EmojiPresentationInBmp = SearchValues.Create(
        "\u231A\u231B\u23E9\u23EA\u23EB\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648\u2649\u264A\u264B\u264C\u264D\u264E\u264F"
        + "\u2650\u2651\u2652\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5"
        + "\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753\u2754\u2755\u2757\u2795\u2796\u2797\u27B0\u27BF\u2B1B\u2B1C"
        + "\u2B50\u2B55");

    /// <summary>Number of text elements (an emoji with skin tone, or a letter with an accent, counts once).</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var position = 0;
        while (position < text.Length)
        {
            position += NextLength(text.AsSpan(position));
            count++;
        }

        return count;
    }

    /// <summary>
    /// Length of the text element at the start of <paramref name="text"/>. Same answer as
    /// <see cref="StringInfo.GetNextTextElementLength(ReadOnlySpan{char})"/>, with a shortcut for ASCII followed by
    /// ASCII, which is a text element on its own except for CR LF.
    /// </summary>
    public static int NextLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var c = text[0];
        if (c < '\u0080' && (text.Length == 1 || (text[1] < '\u0080' && !(c == '\r' && text[1] == '\n'))))
        {
            return 1;
        }

        return StringInfo.GetNextTextElementLength(text);
    }

    /// <summary>The UTF-16 offset where the text element with index <paramref name="elementIndex"/> starts.</summary>
    public static int OffsetOf(string text, int elementIndex)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        for (var i = 0; i < elementIndex && position < text.Length; i++)
        {
            position += NextLength(text.AsSpan(position));
        }

        return position;
    }

    /// <summary>Spans of the emoji in <paramref name="text"/>, one per text element.</summary>
    public static IEnumerable<TextSpan> Emoji(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every emoji holds a character at or above U+20E3 (keycap) — most drafts have none, and need no walk.
        var position = text.AsSpan().IndexOfAnyInRange('\u20E3', '\uFFFF');
        if (position < 0)
        {
            yield break;
        }

        // Back up to the start of the text element holding it (a keycap's digit, say): elements are short.
        position = StartOfElement(text, position);
        while (position < text.Length)
        {
            var length = NextLength(text.AsSpan(position));
            if (IsEmoji(text.AsSpan(position, length)))
            {
                yield return new TextSpan(position, length);
            }

            position += length;
        }
    }

    private static int StartOfElement(string text, int index)
    {
        var start = Math.Max(0, index - 16);
        while (start < index)
        {
            var next = start + NextLength(text.AsSpan(start));
            if (next > index)
            {
                return start;
            }

            start = next;
        }

        return start;
    }

    private static bool IsEmoji(ReadOnlySpan<char> element)
    {
        if (element.IndexOf('\uFE0F') >= 0 || element.IndexOf('\u20E3') >= 0)
        {
            return true;
        }

        if (Rune.DecodeFromUtf16(element, out var rune, out _) != OperationStatus.Done)
        {
            return false;
        }

        // Outside the supplementary pictographs, only characters shown as emoji by default (Unicode's
        // Emoji_Presentation) count; text symbols such as ✓ or ☎ count only with the emoji selector U+FE0F, handled above.
        var value = rune.Value;
        return value is >= 0x1F000 and <= 0x1FAFF
            || EmojiPresentationInBmp.Contains((char)value);
    }
}
