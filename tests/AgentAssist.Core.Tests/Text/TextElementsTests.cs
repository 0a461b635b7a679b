using System.Globalization;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Text;

public sealed class TextElementsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("👍", 1)]
    [InlineData("👍🏽", 1)]
    [InlineData("👨‍👩‍👧", 1)]
    [InlineData("🇪🇸", 1)]
    [InlineData("1️⃣", 1)]
    [InlineData("❤️", 1)]
    [InlineData("e\u0301", 1)]
    [InlineData("año", 3)]
    [InlineData("an\u0303o", 3)]
    [InlineData("\r\n", 1)]
    [InlineData("Hi 👋🏽!", 5)]
    public void Count_Text_CountsWhatAPersonSeesAsCharacters(string text, int expected)
    {
        Assert.Equal(expected, TextElements.Count(text));
    }

    [Theory]
    [InlineData("👋🏽 Hi", 0, 0)]
    [InlineData("👋🏽 Hi", 1, 4)]
    [InlineData("👋🏽 Hi", 2, 5)]
    [InlineData("👋🏽 Hi", 9, 7)]
    public void OffsetOf_ElementIndex_GivesUtf16Offset(string text, int index, int expected)
    {
        Assert.Equal(expected, TextElements.OffsetOf(text, index));
    }

    [Fact]
    public void Emoji_MixedText_OneSpanPerEmojiWhateverItsLength()
    {
        const string text = "Hi 👋🏽 ❤️ and 👨‍👩‍👧, 🇪🇸 ☕ 1️⃣ ok";

        var emoji = TextElements.Emoji(text).Select(s => s.Slice(text)).ToArray();

        Assert.Equal(["👋🏽", "❤️", "👨‍👩‍👧", "🇪🇸", "☕", "1️⃣"], emoji);
    }

    [Fact]
    public void Emoji_PlainTextWithPunctuationAndAccents_None()
    {
        Assert.Empty(TextElements.Emoji("¡Hola! ¿Qué tal? 50% off, café & té — ok… #1 @lumora"));
    }

    [Fact]
    public void Emoji_TextCheckMarks_None()
    {
        Assert.Empty(TextElements.Emoji("✓ Order placed ✓ Paid"));
    }

    /// <summary>
    /// What folding relies on to skip the text-element walk: a character below U+0250 followed by an ASCII character
    /// is a text element of its own, except CR LF.
    /// </summary>
    [Fact]
    public void GetNextTextElementLength_LatinCharacterBeforeAscii_IsOneCharacter()
    {
        for (var c = 0; c < 0x250; c++)
        {
            for (var next = 0; next < 0x80; next++)
            {
                if (c == '\r' && next == '\n')
                {
                    continue;
                }

                var pair = new string([(char)c, (char)next]);
                Assert.True(StringInfo.GetNextTextElementLength(pair) == 1, $"U+{c:X4} U+{next:X4}");
            }
        }
    }
}
