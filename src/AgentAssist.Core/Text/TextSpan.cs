using System.Globalization;

namespace AgentAssist.Core.Text;

/// <summary>
/// A range of a draft in UTF-16 code units, the unit .NET, JavaScript and the Bot Framework use for strings.
/// Spans the engine reports start and end on text-element (grapheme cluster) boundaries, so an emoji,
/// a letter with a combining accent or a surrogate pair is never cut in two.
/// </summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <summary>Widens the span to the text elements it touches.</summary>
    public TextSpan AlignToTextElements(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(Start, 0, text.Length);
        var end = Math.Clamp(End, start, text.Length);
        var alignedStart = 0;
        var alignedEnd = text.Length;
        var position = 0;
        while (position < text.Length)
        {
            if (position <= start)
            {
                alignedStart = position;
            }

            if (position >= end)
            {
                alignedEnd = position;
                break;
            }

            position += TextElements.NextLength(text.AsSpan(position));
        }

        if (position <= start)
        {
            alignedStart = position;
        }

        return FromBounds(alignedStart, Math.Max(alignedEnd, alignedStart));
    }

    /// <summary>The span in Unicode scalar values (code points), for clients that index strings that way (Python, Rust).</summary>
    public (int Start, int Length) ToCodePoints(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var before = CountScalars(text.AsSpan(0, Start));
        var inside = CountScalars(text.AsSpan(Start, Length));
        return (before, inside);
    }

    private static int CountScalars(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    public override string ToString() => $"[{Start}..{End})";
}
