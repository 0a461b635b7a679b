using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Text;

public sealed class PhraseMatcherTests
{
    private static string[] Find(string[] phrases, string text)
    {
        var matches = new List<PhraseMatch>();
        new PhraseMatcher(phrases).FindAll(Tokenizer.Tokenize(FoldedText.Create(text)), matches);
        return matches.Select(m => $"{m.PhraseIndex}:{m.Span.Slice(text)}@{m.Span.Start}").ToArray();
    }

    [Theory]
    [InlineData("We will send a refund today", new[] { "0:refund@15" })]
    [InlineData("REFUND", new[] { "0:REFUND@0" })]
    // Whole words only: never inside another word.
    [InlineData("Your refunds are in progress", new string[0])]
    [InlineData("prerefund", new string[0])]
    public void FindAll_SingleWord_MatchesWholeWordsInAnyCase(string text, string[] expected)
    {
        Assert.Equal(expected, Find(["refund"], text));
    }

    [Theory]
    [InlineData("refunds", new[] { "0:refunds@0" })]
    [InlineData("We refunded it", new[] { "0:refunded@3" })]
    [InlineData("prerefund", new string[0])]
    public void FindAll_TrailingStar_MatchesWordsStartingWithTheTerm(string text, string[] expected)
    {
        Assert.Equal(expected, Find(["refund*"], text));
    }

    [Theory]
    [InlineData("compensación")]
    [InlineData("COMPENSACIÓN")]
    [InlineData("compensacion")]
    [InlineData("compensacio\u0301n")]
    public void FindAll_AccentsWrittenAnyWay_MatchTheTerm(string text)
    {
        Assert.Equal([$"0:{text}@0"], Find(["compensación"], text));
    }

    [Theory]
    [InlineData("año", "Feliz año nuevo", new[] { "0:año@6" })]
    [InlineData("año", "Feliz an\u0303o nuevo", new[] { "0:an\u0303o@6" })]
    [InlineData("año", "Me duele el ano", new string[0])]
    [InlineData("ano", "Feliz año nuevo", new string[0])]
    [InlineData("ano", "Me duele el ano", new[] { "0:ano@12" })]
    public void FindAll_Enye_IsADifferentLetterFromN(string term, string text, string[] expected)
    {
        Assert.Equal(expected, Find([term], text));
    }

    [Fact]
    public void FindAll_ShortAndLongPhraseAtSamePlace_TakesTheLongest()
    {
        Assert.Equal(["1:Kivo Electronics@4", "0:Kivo@30"], Find(["Kivo", "Kivo Electronics"], "Try Kivo Electronics, or just Kivo."));
    }

    [Fact]
    public void FindAll_Possessive_MatchesTheNameOnly()
    {
        Assert.Equal(["0:Kivo@0"], Find(["Kivo"], "Kivo's chargers"));
    }

    [Fact]
    public void FindAll_PhraseAcrossPunctuationAndLineBreak_MatchesItsWords()
    {
        Assert.Equal(["0:calm\ndown@7"], Find(["calm down"], "Please calm\ndown."));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("!!!", false)]
    [InlineData("*", false)]
    [InlineData("refund*", true)]
    [InlineData("tier 2", true)]
    public void IsValid_Phrase_TrueWhenItHasAWord(string phrase, bool expected)
    {
        Assert.Equal(expected, PhraseMatcher.IsValid(phrase));
    }
}
