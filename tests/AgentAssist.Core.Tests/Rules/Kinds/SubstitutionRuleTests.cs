using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Tests.Packs;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class SubstitutionRuleTests
{
    private static readonly IRule Rule = TempPack.Rule("""
        kind: substitution
        message: "Say '{replacement}' rather than '{match}'."
        swap:
          kindly: please
          dear customer: hi
          utilise: use
          ASAP: as soon as possible
          estimado cliente: hola
        examples:
          flag: [Kindly reply.]
          pass: [Please reply.]
        """);

    [Theory]
    [InlineData("Kindly reply.", "Kindly", 0, "Please")]
    [InlineData("We kindly ask you.", "kindly", 3, "please")]
    [InlineData("We KINDLY ask you.", "KINDLY", 3, "PLEASE")]
    [InlineData("Dear Customer, thanks.", "Dear Customer", 0, "Hi")]
    [InlineData("Thanks, dear customer.", "dear customer", 8, "hi")]
    [InlineData("¡Estimado cliente! Gracias.", "Estimado cliente", 1, "Hola")]
    [InlineData("👋🏽 Utilise it.", "Utilise", 5, "Use")]
    public void Evaluate_AvoidedWording_AutomaticFixKeepsCapitalisation(string text, string match, int start, string replacement)
    {
        var finding = Assert.Single(TempPack.Evaluate(Rule, text));

        Assert.Equal((match, start), (finding.Span.Slice(text), finding.Span.Start));
        Assert.Equal(replacement, finding.Fix?.Replacement);
        Assert.True(finding.Fix!.IsAutomatic);
        Assert.Equal($"Say '{replacement}' rather than '{match}'.", finding.Message);
        Assert.Equal($"→ {replacement}", finding.Fix.Description);
        Assert.Equal((Severity.Info, FindingCategory.Wording), (finding.Severity, finding.Category));
    }

    [Fact]
    public void Evaluate_TwoSwapsInOneDraft_CorrectedTextAppliesBoth()
    {
        const string text = "Dear customer, kindly utilise the app.";

        var corrected = CorrectedText.Apply(text, TempPack.Evaluate(Rule, text));

        Assert.Equal("Hi, please use the app.", corrected);
    }

    [Fact]
    public void Evaluate_AcronymSwap_ReplacementWrittenAsInThePack()
    {
        const string text = "We will reply ASAP.";

        var finding = Assert.Single(TempPack.Evaluate(Rule, text));

        Assert.Equal("as soon as possible", finding.Fix?.Replacement);
    }

    [Fact]
    public void Create_SwapMissingOrNotAMap_RefusedWithPosition()
    {
        var missing = TempPack.Problems("""
            kind: substitution
            message: m
            examples:
              flag: [x]
            """);
        var list = TempPack.Problems("""
            kind: substitution
            message: m
            swap: [kindly, please]
            examples:
              flag: [x]
            """);

        Assert.Equal(["1:1: 'swap' is required: a map of 'avoid: prefer' lines"], missing);
        Assert.Contains("3:7: 'swap' must be a map of 'key: value' lines", list);
    }
}
