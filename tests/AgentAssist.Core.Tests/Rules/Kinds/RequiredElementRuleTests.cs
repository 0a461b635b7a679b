using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Tests.Packs;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class RequiredElementRuleTests
{
    private static readonly IRule Greeting = TempPack.Rule("""
        kind: required
        channels: [private]
        message: Start with a greeting.
        fix: Say hello first.
        anyOf: [hi, hello, good morning]
        within: 3
        insert: "Hi, "
        examples:
          flag:
            - text: Your order left today.
              channel: mail
          pass:
            - text: Good morning, your order left today.
              channel: mail
        """);

    [Theory]
    [InlineData("your order left today.", 0, "Hi, your order left today.")]
    [InlineData("  👋🏽 your order left.", 7, "  👋🏽 Hi, your order left.")]
    [InlineData("", 0, "Hi, ")]
    [InlineData("Your order left, hi there.", 0, "Hi, your order left, hi there.")]
    public void Evaluate_NoGreetingInTheFirstWords_InsertsTheGreetingBeforeTheFirstWord(string text, int at, string corrected)
    {
        var findings = TempPack.Evaluate(Greeting, text, "mail");

        var finding = Assert.Single(findings);
        Assert.Equal(new(at, 0), finding.Span);
        Assert.Equal("Hi, ", finding.Fix?.Replacement);
        Assert.Equal("Say hello first.", finding.Fix?.Description);
        Assert.Equal((Severity.Warning, FindingCategory.Structure, "Start with a greeting."), (finding.Severity, finding.Category, finding.Message));
        Assert.Equal(corrected, CorrectedText.Apply(text, findings));
    }

    [Theory]
    [InlineData("Hi Sam, your order left.")]
    [InlineData("Good morning! Your order left.")]
    [InlineData("Sam, hello, your order left.")]
    [InlineData("HELLO")]
    public void Evaluate_GreetingWithinTheFirstWords_NoFinding(string text)
    {
        Assert.Empty(TempPack.Evaluate(Greeting, text, "mail"));
    }

    [Theory]
    [InlineData("mail", true)]
    [InlineData("private", true)]
    [InlineData("sms", false)]
    [InlineData("public", false)]
    public void Scope_PrivateOnly_AppliesToPrivateChannels(string channel, bool expected)
    {
        Assert.Equal(expected, Greeting.Scope.AppliesTo(new CheckContext("x", TempPack.Channel(channel), "en")));
    }

    [Fact]
    public void Evaluate_PatternWithoutInsert_PointsAtTheFirstWord()
    {
        var rule = TempPack.Rule("""
            kind: required
            message: Sign off with the team name.
            pattern: '— Lumora$'
            examples:
              flag: [Thanks!]
              pass: [Thanks! — Lumora]
            """);
        const string text = "  Thanks for waiting!";

        var finding = Assert.Single(TempPack.Evaluate(rule, text));

        Assert.Equal("Thanks", finding.Span.Slice(text));
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void Create_NeitherAnyOfNorPattern_Refused()
    {
        Assert.Equal(
            ["1:1: a required rule needs 'anyOf' or 'pattern'"],
            TempPack.Problems("kind: required\nmessage: m\nexamples:\n  flag: [x]\n"));
    }
}
