using AgentAssist.Core.Checking;
using AgentAssist.Core.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

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

    /// <summary>
    /// Looking only at the words some phrase uses (as the rules do, with <see cref="CheckContext.KnownWords"/>) finds
    /// exactly what looking at every word finds, overlapping phrases and phrases ending in <c>*</c> included.
    /// </summary>
    [Property(Arbitrary = [typeof(PhraseDrafts)], MaxTest = 500)]
    public void FindAll_KnownWordsOnly_SameMatchesAsEveryWord(PhraseDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        foreach (var phrases in PhraseDrafts.PhraseSets)
        {
            var matcher = new PhraseMatcher(phrases);
            var context = new CheckContext(draft.Text, ChannelProfile.GenericPublic, "en");
            var everyWord = new List<PhraseMatch>();
            var knownWords = new List<PhraseMatch>();

            matcher.FindAll(context.Tokens, context.WordIds, everyWord);
            matcher.FindAll(context.Tokens, context.WordIds, context.KnownWords, knownWords);

            Assert.Equal(everyWord, knownWords);
        }
    }

    [Fact]
    public void KnownWords_Draft_PositionsOfWordsSomePhraseUses()
    {
        // Made-up words: the vocabulary is shared, and no pack another test loads uses them.
        _ = new PhraseMatcher(["frobble zonk"]);
        var context = new CheckContext("Plink frobble zonk, qwv frobbled blorp zonk.", ChannelProfile.GenericPublic, "en");

        Assert.Equal([1, 2, 6], context.KnownWords.ToArray());
    }

    public sealed record PhraseDraft(string Text);

    public static class PhraseDrafts
    {
        public static readonly string[][] PhraseSets =
        [
            ["calm down", "calm", "down the line", "your fault", "fault"],
            ["refund*", "full refund", "money back", "calm down"],
            ["as i said", "as i said before", "said", "i"],
        ];

        private static readonly string[] Words =
        [
            "calm", "Calm", "down", "DOWN", "the", "line", "your", "fault", "refund", "refunds", "full", "money", "back",
            "as", "I", "said", "before", "hello", "we", "will", "café", "año", "👍", ",", ".", "\n",
        ];

        public static Arbitrary<PhraseDraft> PhraseDraft() =>
            Gen.ListOf(Gen.Elements(Words)).Select(words => new PhraseDraft(string.Join(' ', words))).ToArbitrary();
    }
}
