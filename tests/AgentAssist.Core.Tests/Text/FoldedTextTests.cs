using AgentAssist.Core.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

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

    /// <summary>
    /// Every character of the Basic Multilingual Plane below the surrogates, between ASCII letters and alone, folds
    /// to what normalising it as a text element gives, and maps back to where it was.
    /// </summary>
    [Fact]
    public void Create_EveryCharacterBelowSurrogates_AgreesWithNormalizingEachTextElement()
    {
        for (var c = 0x80; c < 0xD800; c++)
        {
            var one = ((char)c).ToString();
            AssertSameAsReference("a" + one + "b");
            AssertSameAsReference(one + "\u00E9");
            AssertSameAsReference(one);
        }
    }

    /// <summary>Any mix of ASCII, accented letters (precomposed and combining), CR LF, emoji, Greek, Cyrillic, Hangul and marks folds as the reference does.</summary>
    [Property(Arbitrary = [typeof(MixedTexts)], MaxTest = 1000)]
    public void Create_AnyMixedText_AgreesWithNormalizingEachTextElement(MixedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        AssertSameAsReference(text.Value);
    }

    private static void AssertSameAsReference(string text)
    {
        var (value, map) = ReferenceFolding.Fold(text);
        var folded = FoldedText.Create(text);

        Assert.Equal(value, folded.Value);
        for (var i = 0; i < map.Length; i++)
        {
            Assert.Equal(map[i], folded.ToOriginal(i, i).Start);
        }
    }

    public sealed record MixedText(string Value)
    {
        public override string ToString() =>
            string.Concat(Value.EnumerateRunes().Select(r => r.Value is >= 0x20 and < 0x7F ? r.ToString() : $"\\u{r.Value:X4}"));
    }

    public static class MixedTexts
    {
        private static readonly string[] Pieces =
        [
            "a", "Z", " ", "1", "'", "`", "\r", "\n", "\r\n", ".", "!", "¿", "¡", "ñ", "Ñ", "é", "É", "ü", "ß", "ẞ", "ç", "ø", "Ł", "ǆ", "ǅ",
            "\u0301", "\u0303", "\u0308", "\u200D", "\u200F", "\u00AD", "\u2019", "\u00B4", "\u02BC", "İ", "ı",
            "Ω", "ΐ", "я", "Ё", "한", "\u1100", "\u1161", "👍", "🏽", "👨‍👩‍👧", "🇪🇸", "1️⃣", "ﬁ", "Å", "\u212B", "\u0085", "\uFEFF",
        ];

        public static Arbitrary<MixedText> MixedText() =>
            Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => new MixedText(string.Concat(pieces))).ToArbitrary();
    }
}
