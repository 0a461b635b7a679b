using System.Text;
using System.Text.RegularExpressions;
using AgentAssist.Core.Lexicon;
using AgentAssist.Core.Text;
using FsCheck.Xunit;

namespace AgentAssist.Core.Tests.Lexicon;

/// <summary>
/// The lexicon's words may take their bounds from <see cref="Tokenizer"/>'s words (read once per check) when the
/// text has no <c>@ $ ! *</c> and no link; read that way they must be exactly the words the lexicon's own scan finds.
/// </summary>
public sealed class LexiconTokensTests
{
    private static readonly string[] Pieces =
    [
        "fuck", "Sh1t", "b00bs", "a55", "A55", "we'll", "Kivo's", "it's", "'quoted'", "o'", "s", "a", "I", "x",
        "café", "Niño", "AÑO", "coño", "сука", "рuta", "ß", "İstanbul", "ǅ", "½", "٣", "12", "555-1234", "3rd", "l33t",
        "f.u.c.k", "f u c k", "-", "—", ".", ",", "?", "'", "’", "\"", "(", ")", "#tag", "_", "👍", "\n", "\t", "…",
        "thanks!", "wow!!", "!hey", "!", "!!", "it's!", "Kivo's!",
    ];

    private static readonly string[] Rare = ["@handle", "a$$", "sh!t", "f*ck", "*really*", "http://x.co/a", "www.x.es", "https", "wait!you", "!'s", "ok!'", "1!2"];

    [Property(MaxTest = 1000)]
    public void Of_TokenizerWords_SameWordsAsOwnScan(int seed) => AssertSameWords(RandomText(new Random(seed)));

    /// <summary>Texts at the edge of <see cref="LexiconTokens.CanReadFrom"/>: read from the words or not, the words are the same.</summary>
    [Theory]
    [InlineData("x !'s here")]
    [InlineData("Kivo's! great!! !wow !!")]
    [InlineData("it!'s ok!'")]
    [InlineData("wait!you sh!t 1!2")]
    [InlineData("done!\nnext")]
    public void Of_EdgeTexts_SameWordsAsOwnScan(string text) => AssertSameWords(text);

    private static void AssertSameWords(string text)
    {
        var folded = FoldedText.Create(text);
        var words = Tokenizer.Tokenize(folded);

        var scanned = LexiconTokens.ReadNew(folded.Value, null);
        var fromWords = LexiconTokens.ReadNew(folded.Value, words);

        Assert.Equal(scanned.Count, fromWords.Count);
        for (var k = 0; k < scanned.Count; k++)
        {
            Assert.Equal(scanned[k], fromWords[k]);
            Assert.Equal(scanned.Letters(scanned[k]).ToString(), fromWords.Letters(fromWords[k]).ToString());
            Assert.Equal(scanned.Skeleton(scanned[k]).ToString(), fromWords.Skeleton(fromWords[k]).ToString());
            Assert.Equal(scanned.Runs(scanned[k]).ToArray(), fromWords.Runs(fromWords[k]).ToArray());
        }

        Assert.Equal(scanned.WordOpenings.ToArray(), fromWords.WordOpenings.ToArray());
    }

    /// <summary>
    /// Most texts <see cref="Of_TokenizerWords_SameWordsAsOwnScan"/> makes are read from the words, and a text with
    /// <c>@ $ *</c>, a link, a <c>!</c> inside a word or a <c>!</c> before an apostrophe never is.
    /// </summary>
    [Fact]
    public void CanReadFrom_RandomTexts_OnlyWithoutSymbolsAndLinks()
    {
        var readFromWords = 0;
        for (var seed = 0; seed < 500; seed++)
        {
            var folded = FoldedText.Create(RandomText(new Random(seed)));
            var plain = folded.Value.IndexOfAny(['@', '$', '*']) < 0 && !folded.Value.Contains("http", StringComparison.Ordinal) && !folded.Value.Contains("www.", StringComparison.Ordinal)
                && !Regex.IsMatch(folded.Value, @"[\p{L}\p{Nd}]!+[\p{L}\p{Nd}]|!+'");

            Assert.Equal(plain, LexiconTokens.CanReadFrom(folded.Value, Tokenizer.Tokenize(folded)));
            readFromWords += plain ? 1 : 0;
        }

        Assert.InRange(readFromWords, 200, 480);
    }

    [Fact]
    public void CanReadFrom_WordsOfAnotherText_False()
    {
        var folded = FoldedText.Create("hello there");
        var other = FoldedText.Create("hello there!").Value[..11];

        Assert.True(LexiconTokens.CanReadFrom(folded.Value, Tokenizer.Tokenize(folded)));
        Assert.False(LexiconTokens.CanReadFrom(other, Tokenizer.Tokenize(folded)));
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var rare = random.Next(3) == 0;
        var count = random.Next(0, 30);
        for (var k = 0; k < count; k++)
        {
            text.Append(rare && random.Next(6) == 0 ? Rare[random.Next(Rare.Length)] : Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) > 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }
}
