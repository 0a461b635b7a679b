using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Text;

public sealed class FoldedTextTests
{
    [Theory]
    [InlineData("We REFUND you", "we refund you")]
    [InlineData("Café", "cafe")]
    [InlineData("Cafe\u0301", "cafe")]
    [InlineData("COMPENSACIÓN", "compensacion")]
    [InlineData("Año", "año")]
    [InlineData("AN\u0303O", "año")]
    [InlineData("ano", "ano")]
    [InlineData("Kivo’s", "kivo's")]
    [InlineData("Kivo`s", "kivo's")]
    [InlineData("Straße", "strase")]
    [InlineData("¿Qué tal?", "¿que tal?")]
    public void Create_Text_FoldsCaseAndAccentsButKeepsEnye(string text, string folded)
    {
        Assert.Equal(folded, FoldedText.Create(text).Value);
    }

    [Theory]
    // "cafe" covers the e and its combining accent in the original.
    [InlineData("Cafe\u0301 ok", 0, 4, 0, 5)]
    [InlineData("ok Cafe\u0301", 3, 7, 3, 5)]
    // Folding an emoji with a skin tone keeps both code points; a word after it maps back past all four units.
    [InlineData("👍🏽 refund", 5, 11, 5, 6)]
    // The ZWJ of a family emoji is dropped by folding; the word after still maps to where it is.
    [InlineData("👨‍👩‍👧 refund", 7, 13, 9, 6)]
    // Arabic with a vowel mark (damma, U+064F) dropped by folding.
    [InlineData("شُكرا refund", 5, 11, 6, 6)]
    public void ToOriginal_FoldedWord_MapsToWhatTheAgentWrote(string text, int foldedStart, int foldedEnd, int start, int length)
    {
        var folded = FoldedText.Create(text);

        Assert.Equal(new TextSpan(start, length), folded.ToOriginal(foldedStart, foldedEnd));
    }
}
