using System.Buffers;
using System.Globalization;
using System.Text;

namespace AgentAssist.Core.Text;

/// <summary>Counting and classifying text elements: what a person sees as one character.</summary>
public static class TextElements
{
    /// <summary>Number of text elements (an emoji with skin tone, or a letter with an accent, counts once).</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var position = 0;
        while (position < text.Length)
        {
            position += StringInfo.GetNextTextElementLength(text.AsSpan(position));
            count++;
        }

        return count;
    }

    /// <summary>The UTF-16 offset where the text element with index <paramref name="elementIndex"/> starts.</summary>
    public static int OffsetOf(string text, int elementIndex)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        for (var i = 0; i < elementIndex && position < text.Length; i++)
        {
            position += StringInfo.GetNextTextElementLength(text.AsSpan(position));
        }

        return position;
    }

    /// <summary>Spans of the emoji in <paramref name="text"/>, one per text element.</summary>
    public static IEnumerable<TextSpan> Emoji(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        while (position < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(position));
            if (IsEmoji(text.AsSpan(position, length)))
            {
                yield return new TextSpan(position, length);
            }

            position += length;
        }
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

        var value = rune.Value;
        return value is >= 0x1F000 and <= 0x1FAFF
            or >= 0x2600 and <= 0x27BF
            or >= 0x2B50 and <= 0x2B55
            or 0x231A or 0x231B or 0x23F0 or 0x23F3;
    }
}
