using System.Diagnostics;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Tests.Packs;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class PatternRuleTests
{
    private static IRule WithoutExamples(string pattern) => TempPack.Rule($"""
        kind: pattern
        message: "'{"{match}"}' matches."
        pattern: '{pattern}'
        examples:
          flag: [unused]
        """, runExamples: false);

    [Theory]
    [InlineData("Call 555-0134 today", "555-0134", 5)]
    [InlineData("👍🏽 555-0134", "555-0134", 5)]
    [InlineData("שלום 555-0134 תודה", "555-0134", 5)]
    public void Evaluate_PatternMatches_SpanIsTheMatch(string text, string match, int start)
    {
        var rule = WithoutExamples(@"\b\d{3}-\d{4}\b");

        var finding = Assert.Single(TempPack.Evaluate(rule, text));

        Assert.Equal((match, start), (finding.Span.Slice(text), finding.Span.Start));
        Assert.Equal($"'{match}' matches.", finding.Message);
        Assert.Equal((Severity.Warning, FindingCategory.Wording), (finding.Severity, finding.Category));
    }

    [Theory]
    [InlineData(true, "LUMORA CARE", 1)]
    [InlineData(false, "LUMORA CARE", 0)]
    [InlineData(false, "lumora care", 1)]
    public void Evaluate_IgnoreCase_DefaultsToTrue(bool ignoreCase, string text, int expected)
    {
        var rule = TempPack.Rule($"""
            kind: pattern
            message: m
            pattern: lumora care
            {(ignoreCase ? string.Empty : "ignoreCase: false")}
            examples:
              flag: [lumora care]
            """);

        Assert.Equal(expected, TempPack.Evaluate(rule, text).Count);
    }

    [Fact]
    public void Evaluate_Replacement_AutomaticFixUsesGroups()
    {
        var rule = TempPack.Rule("""
            kind: pattern
            message: Write hours out.
            pattern: '\b(\d+) ?hrs?\b'
            replacement: $1 hours
            examples:
              flag: [within 24hrs]
            """);
        const string text = "within 24hrs or 48 hr";

        var findings = TempPack.Evaluate(rule, text);

        Assert.Equal(["24hrs→24 hours", "48 hr→48 hours"], findings.Select(f => $"{f.Span.Slice(text)}→{f.Fix?.Replacement}"));
        Assert.Equal("within 24 hours or 48 hours", CorrectedText.Apply(text, findings));
    }

    [Fact]
    public void Evaluate_MatchEndsInsideAnEmoji_SpanWidenedToTheWholeEmoji()
    {
        // '.' matches one UTF-16 code unit: half of the surrogate pair of 👍.
        var rule = WithoutExamples("ok.");
        const string text = "ok👍 fine";

        var finding = Assert.Single(TempPack.Evaluate(rule, text));

        Assert.Equal("ok👍", finding.Span.Slice(text));
    }

    [Fact]
    public void Evaluate_CatastrophicBacktrackingPattern_FinishesQuicklyWithNonBacktracking()
    {
        // (a+)+$ on "aaaa…!" takes exponential time in a backtracking engine (2^40 steps here).
        var rule = WithoutExamples("(a+)+$");
        var text = new string('a', 40) + "!";

        var watch = Stopwatch.StartNew();
        var findings = TempPack.Evaluate(rule, text);
        var longer = TempPack.Evaluate(rule, new string('a', 50_000) + "!");
        watch.Stop();

        Assert.Empty(findings);
        Assert.Empty(longer);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Single(TempPack.Evaluate(rule, "baaa"));
    }

    [Fact]
    public void Evaluate_LookaheadPattern_RunsOnTheBacktrackingEngineAndMatches()
    {
        var rule = WithoutExamples(@"\brefund(?= you)");
        const string text = "We refund you, not refund them.";

        var finding = Assert.Single(TempPack.Evaluate(rule, text));

        Assert.Equal(new(3, 6), finding.Span);
    }

    [Fact]
    public void Evaluate_CatastrophicPatternWithLookahead_TimesOutAsNoMatchInsteadOfHanging()
    {
        var rule = WithoutExamples("^(?=a)(a+)+$");
        var text = new string('a', 40) + "!";

        var watch = Stopwatch.StartNew();
        var findings = TempPack.Evaluate(rule, text);
        watch.Stop();

        Assert.Empty(findings);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Create_NoPattern_Refused()
    {
        Assert.Equal(
            ["1:1: 'pattern' (or a list in 'patterns') is required"],
            TempPack.Problems("kind: pattern\nmessage: m\nexamples:\n  flag: [x]\n"));
    }

    [Theory]
    [InlineData("We will refund you today.", 1)]
    [InlineData("We will REIMBURSE you today.", 1)]
    [InlineData("We will send you a new one today.", 0)]
    public void Evaluate_Requires_PatternsRunOnlyWhenAWordIsPresent(string text, int expected)
    {
        // The pattern alone would match every sentence starting with "We will"; the gate keeps it to refund talk.
        var rule = TempPack.Rule("""
            kind: pattern
            message: m
            requires: [refund, reimburs]
            pattern: '\bwe will \w+'
            examples:
              flag: [We will refund it.]
              pass: [We will call you.]
            """);

        Assert.Equal(expected, TempPack.Evaluate(rule, text).Count);
    }
}
