using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Tests.Packs;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class ApprovalTriggerRuleTests
{
    private static readonly IRule Refunds = TempPack.Rule("""
        kind: approval
        message: "'{match}' needs approval."
        fix: Send it for approval.
        terms: [full refund, money back, refund you]
        patterns:
          - \bwe(?:'ll| will)? refund\b
        examples:
          flag: [You'll get your money back.]
          pass: [Start a return from your orders page.]
        """);

    private static string[] Show(IEnumerable<Finding> findings, string text) =>
        findings.OrderBy(f => f.Span.Start).Select(f => $"{f.Span.Slice(text)}@{f.Span.Start}").ToArray();

    [Theory]
    [InlineData("You'll get your MONEY BACK.", new[] { "MONEY BACK@16" })]
    [InlineData("We will refund the order, as a full refund.", new[] { "We will refund@0", "full refund@31" })]
    [InlineData("👍🏽 we'll refund it", new[] { "we'll refund@5" })]
    // The term and the pattern overlap: reported once.
    [InlineData("We will refund you today.", new[] { "refund you@8" })]
    [InlineData("Start a return from your orders page.", new string[0])]
    public void Evaluate_TermsAndPatterns_FindingsWithoutDuplicates(string text, string[] expected)
    {
        Assert.Equal(expected, Show(TempPack.Evaluate(Refunds, text), text));
    }

    [Fact]
    public void Evaluate_Promise_NeedsApprovalWithAdviceButNoAutomaticFix()
    {
        const string text = "a full refund";

        var finding = Assert.Single(TempPack.Evaluate(Refunds, text));

        Assert.Equal((Severity.Approval, FindingCategory.Approval), (finding.Severity, finding.Category));
        Assert.Equal("'full refund' needs approval.", finding.Message);
        Assert.Equal(new Fix("Send it for approval."), finding.Fix);
        Assert.Equal(Outcome.NeedsApproval, Verdict.Combine([finding]));
    }

    [Fact]
    public void Create_PatternsOnly_Loads()
    {
        var rule = TempPack.Rule("""
            kind: approval
            message: m
            pattern: '\bcourt\b'
            examples:
              flag: [See you in court.]
            """);

        Assert.Single(TempPack.Evaluate(rule, "We will go to COURT."));
    }

    [Fact]
    public void Create_NeitherTermsNorPatterns_Refused()
    {
        Assert.Equal(
            ["1:1: an approval rule needs 'terms', 'pattern' or 'patterns'"],
            TempPack.Problems("kind: approval\nmessage: m\nexamples:\n  flag: [x]\n"));
    }
}
