using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Text;

public sealed class TextSpanTests
{
    [Theory]
    [InlineData(0, 3, 3, 2, false)]
    [InlineData(0, 4, 3, 2, true)]
    [InlineData(3, 2, 0, 4, true)]
    [InlineData(2, 0, 0, 4, true)]
    [InlineData(4, 0, 0, 4, false)]
    [InlineData(1, 1, 1, 1, true)]
    public void Overlaps_TwoSpans_TrueWhenOneStartsInsideTheOther(int startA, int lengthA, int startB, int lengthB, bool expected)
    {
        var a = new TextSpan(startA, lengthA);
        var b = new TextSpan(startB, lengthB);

        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }

    [Fact]
    public void FromBounds_StartAndEnd_GivesLengthAndSlice()
    {
        var span = TextSpan.FromBounds(3, 9);

        Assert.Equal(new TextSpan(3, 6), span);
        Assert.Equal(9, span.End);
        Assert.Equal("refund", span.Slice("We refund you"));
        Assert.Equal("[3..9)", span.ToString());
    }

    [Theory]
    // Cuts into a surrogate pair (👍 = D83D DC4D) on either side: widened to the whole emoji.
    [InlineData("a👍b", 2, 1, 1, 2)]
    [InlineData("a👍b", 1, 1, 1, 2)]
    // Cuts into a skin-tone emoji (👍🏽 = 4 code units): widened to all four.
    [InlineData("a👍🏽b", 3, 1, 1, 4)]
    // Cuts into a ZWJ family (👨‍👩‍👧 = 8 code units).
    [InlineData("x👨‍👩‍👧y", 4, 2, 1, 8)]
    // Cuts between a letter and its combining accent.
    [InlineData("cafe\u0301!", 3, 1, 3, 2)]
    [InlineData("cafe\u0301!", 4, 1, 3, 2)]
    // Already aligned: unchanged.
    [InlineData("cafe\u0301!", 0, 5, 0, 5)]
    [InlineData("a👍b", 3, 1, 3, 1)]
    public void AlignToTextElements_SpanCutsATextElement_WidensToWholeElements(string text, int start, int length, int alignedStart, int alignedLength)
    {
        var aligned = new TextSpan(start, length).AlignToTextElements(text);

        Assert.Equal(new TextSpan(alignedStart, alignedLength), aligned);
    }

    [Theory]
    [InlineData("refund", 0, 6, 0, 6)]
    // One surrogate pair before: two code units, one code point.
    [InlineData("👍 refund", 3, 6, 2, 6)]
    // Skin tone: two code points, four code units.
    [InlineData("👍🏽 refund", 5, 6, 3, 6)]
    // ZWJ family: 5 code points (3 people, 2 joiners), 8 code units.
    [InlineData("👨‍👩‍👧 refund", 9, 6, 6, 6)]
    // The span itself covers an emoji: length in code points is 1.
    [InlineData("ok 🎉", 3, 2, 3, 1)]
    // A precomposed é is one code point; e + U+0301 is two.
    [InlineData("é refund", 2, 6, 2, 6)]
    [InlineData("e\u0301 refund", 3, 6, 3, 6)]
    public void ToCodePoints_TextWithEmojiOrAccents_CountsScalarValues(string text, int start, int length, int codePointStart, int codePointLength)
    {
        var (cpStart, cpLength) = new TextSpan(start, length).ToCodePoints(text);

        Assert.Equal((codePointStart, codePointLength), (cpStart, cpLength));
    }
}
