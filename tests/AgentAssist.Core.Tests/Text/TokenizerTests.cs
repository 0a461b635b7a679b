using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) =>
        Tokenizer.Tokenize(FoldedText.Create(text)).Select(t => $"{t.Value}={t.Span.Slice(text)}@{t.Span.Start}").ToArray();

    [Theory]
    [InlineData("We will refund you.", new[] { "we=We@0", "will=will@3", "refund=refund@8", "you=you@15" })]
    [InlineData("Don't shout", new[] { "don't=Don't@0", "shout=shout@6" })]
    [InlineData("Don’t shout", new[] { "don't=Don’t@0", "shout=shout@6" })]
    // A possessive belongs to the word: "Kivo's" is a mention of Kivo, and the span covers "Kivo" only.
    [InlineData("Kivo's chargers", new[] { "kivo=Kivo@0", "chargers=chargers@7" })]
    [InlineData("KIVO’S chargers", new[] { "kivo=KIVO@0", "chargers=chargers@7" })]
    // Quotes around a word are not part of it.
    [InlineData("'refund' now", new[] { "refund=refund@1", "now=now@9" })]
    [InlineData("order #12345, ok", new[] { "order=order@0", "12345=12345@7", "ok=ok@14" })]
    public void Tokenize_AsciiText_SplitsIntoFoldedWordsWithOriginalSpans(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    // Precomposed é (one code unit) and e + U+0301 (two): the word covers the accent either way.
    [InlineData("Café listo", new[] { "cafe=Café@0", "listo=listo@5" })]
    [InlineData("Cafe\u0301 listo", new[] { "cafe=Cafe\u0301@0", "listo=listo@6" })]
    // ñ is kept: año and ano are different words.
    [InlineData("Feliz año, ano", new[] { "feliz=Feliz@0", "año=año@6", "ano=ano@11" })]
    [InlineData("Feliz an\u0303o", new[] { "feliz=Feliz@0", "año=an\u0303o@6" })]
    public void Tokenize_Accents_WordsCoverTheirMarks(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    // Emoji are not words, and never glue to the words around them, whatever their length in code units.
    [InlineData("👍refund👍", new[] { "refund=refund@2" })]
    [InlineData("👍🏽refund now", new[] { "refund=refund@4", "now=now@11" })]
    [InlineData("👨‍👩‍👧 refund 🇪🇸 now", new[] { "refund=refund@9", "now=now@21" })]
    // A keycap digit is a word, and its span keeps the keycap marks: a span never cuts a text element.
    [InlineData("1️⃣ refund", new[] { "1=1️⃣@0", "refund=refund@4" })]
    public void Tokenize_Emoji_WordSpansSkipTheEmoji(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    [InlineData("مرحبا refund شكرا", new[] { "مرحبا=مرحبا@0", "refund=refund@6", "شكرا=شكرا@13" })]
    [InlineData("שלום refund תודה", new[] { "שלום=שלום@0", "refund=refund@5", "תודה=תודה@12" })]
    public void Tokenize_RightToLeftWordsAround_SpansAreLogicalOffsets(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void Tokenize_RightToLeftMarkAfterWord_SpanStopsAtTheWord()
    {
        const string text = "שלום refund\u200F תודה";

        var refund = Tokenizer.Tokenize(FoldedText.Create(text))[1];

        Assert.Equal("refund", refund.Span.Slice(text));
    }
}
