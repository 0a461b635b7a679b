using System.Globalization;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Tests.Packs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class BannedTermsRuleTests
{
    private static readonly IRule Rule = TempPack.Rule("""
        kind: banned
        message: "'{match}' is not allowed."
        terms: [calm down, refund you, compensación, año, Kivo]
        examples:
          flag: [Please calm down.]
          pass: [Please stay calm.]
        """);

    [Fact]
    public void Evaluate_PhraseInAnyCase_FindingWithDefaultsAndTheMatchInTheMessage()
    {
        var finding = Assert.Single(TempPack.Evaluate(Rule, "Please CALM DOWN, we are on it."));

        Assert.Equal("Test.Rule", finding.RuleId);
        Assert.Equal(FindingCategory.Wording, finding.Category);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new(7, 9), finding.Span);
        Assert.Equal("'CALM DOWN' is not allowed.", finding.Message);
        Assert.Null(finding.Fix);
        Assert.Equal(1.0, finding.Score);
    }

    [Theory]
    // Emoji before the term: surrogate pairs, skin tones, ZWJ sequences, flags.
    [InlineData("👍 refund you", 3, "refund you")]
    [InlineData("👍🏽👍🏽 refund you", 9, "refund you")]
    [InlineData("👨‍👩‍👧refund you👨‍👩‍👧", 8, "refund you")]
    [InlineData("🇪🇸 Kivo's 🇪🇸", 5, "Kivo")]
    // Combining accents before and in the term.
    [InlineData("Cafe\u0301 y compensación", 8, "compensación")]
    [InlineData("Cafe\u0301 y compensacio\u0301n", 8, "compensacio\u0301n")]
    [InlineData("Feliz an\u0303o", 6, "an\u0303o")]
    // Right-to-left words around the term.
    [InlineData("مرحبا refund you شكرا", 6, "refund you")]
    [InlineData("שלום, Kivo! תודה", 6, "Kivo")]
    [InlineData("שלום\nKivo\nתודה", 5, "Kivo")]
    public void Evaluate_TermAmongEmojiAccentsOrRightToLeftText_SpanIsExactlyTheTerm(string text, int start, string term)
    {
        var finding = Assert.Single(TempPack.Evaluate(Rule, text));

        Assert.Equal(start, finding.Span.Start);
        Assert.Equal(term, finding.Span.Slice(text));
    }

    [Theory]
    [InlineData("Me duele el ano.")]
    [InlineData("Kivos and Kivoware are not Kivo")]
    [InlineData("We will refund your order.")]
    [InlineData("Stay calm, then down the stairs.")]
    public void Evaluate_OnlySimilarWords_NoFinding(string text)
    {
        var findings = TempPack.Evaluate(Rule, text);

        Assert.Equal([], findings.Where(f => f.Span.Slice(text) != "Kivo").Select(f => f.Span.Slice(text)));
    }

    [Fact]
    public void Evaluate_SeveralTerms_OneFindingEachInOrder()
    {
        const string text = "Calm down: Kivo will not refund you this año.";

        var spans = TempPack.Evaluate(Rule, text).Select(f => f.Span.Slice(text));

        Assert.Equal(["Calm down", "Kivo", "refund you", "año"], spans);
    }

    [Fact]
    public void Evaluate_SeverityCategoryAndFixFromYaml_UsedInTheFinding()
    {
        var rule = TempPack.Rule("""
            kind: banned
            severity: block
            category: insult
            message: "'{match}' is an insult."
            fix: Remove '{match}'.
            terms: [idiot]
            examples:
              flag: [You idiot.]
            """);

        var finding = Assert.Single(TempPack.Evaluate(rule, "You IDIOT."));

        Assert.Equal((Severity.Block, FindingCategory.Insult), (finding.Severity, finding.Category));
        Assert.Equal(new Fix("Remove 'IDIOT'."), finding.Fix);
        Assert.False(finding.Fix!.IsAutomatic);
    }

    [Fact]
    public void Create_TermWithoutLetters_RefusedAtTheTerm()
    {
        var problems = TempPack.Problems("""
            kind: banned
            message: m
            terms:
              - ok
              - "!!!"
            examples:
              flag: [ok]
            """);

        Assert.Equal(["5:5: '!!!' has no letters or digits to match"], problems);
    }

    /// <summary>
    /// For any text of ASCII, accented (precomposed and combining), emoji (surrogate pairs, skin tones, ZWJ, flags,
    /// keycaps) and right-to-left pieces with a banned term inserted between separators, the one finding slices back
    /// to exactly the inserted term and starts and ends on text-element boundaries.
    /// </summary>
    [Property(Arbitrary = [typeof(Drafts)], MaxTest = 500)]
    public void Evaluate_AnyTextWithTermInserted_SpanIsTheTermOnTextElementBoundaries(DraftWithTerm draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = draft.Text;

        var finding = Assert.Single(TempPack.Evaluate(Rule, text));

        Assert.Equal(draft.Before.Length, finding.Span.Start);
        Assert.Equal(draft.Term, finding.Span.Slice(text));
        var boundaries = StringInfo.ParseCombiningCharacters(text).Append(text.Length).ToHashSet();
        Assert.Contains(finding.Span.Start, boundaries);
        Assert.Contains(finding.Span.End, boundaries);
    }

    public sealed record DraftWithTerm(string Before, string Term, string After)
    {
        public string Text => Before + Term + After;

        public override string ToString() =>
            string.Concat(Text.EnumerateRunes().Select(r => r.Value is >= 0x20 and < 0x7F ? r.ToString() : $"\\u{r.Value:X4}"));
    }

    public static class Drafts
    {
        private static readonly string[] Pieces =
        [
            "hello", "Order", "42", "the", "refund", "calm", "Kivos", "ano", "OK",
            "café", "Cafe\u0301", "niño", "compensa", "ÉXITO", "über",
            "👍", "👍🏽", "👨‍👩‍👧", "🇪🇸", "1️⃣", "❤️", "🎉", "☕",
            "مرحبا", "شُكرا", "שלום", "תודה", "\u200F", "\u200E",
            " ", " ", " ", "\n", ",", ".", "!!", "¿", "¡", "—", "…", "(", ")", "'", "\"",
        ];

        private static readonly string[] Separators = [" ", "\n", ", ", "👍", "👍🏽", "👨‍👩‍👧", "🇪🇸", "¡", "¿", "(", ")", ".", "…", "—", " مرحبا ", " שלום ", "\"", "!"];

        private static readonly string[] Terms =
        [
            "calm down", "CALM DOWN", "Calm\ndown", "refund you", "Refund  You",
            "compensación", "COMPENSACIÓN", "compensacio\u0301n", "compensacion",
            "año", "AÑO", "an\u0303o", "Kivo", "KIVO",
        ];

        public static Arbitrary<DraftWithTerm> DraftWithTerm()
        {
            var filler = Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => string.Concat(pieces));
            var draft =
                from before in filler
                from open in Gen.Elements(Separators)
                from term in Gen.Elements(Terms)
                from close in Gen.Elements(Separators)
                from after in filler
                select new DraftWithTerm(before + open, term, close + after);
            return draft.ToArbitrary();
        }
    }
}
