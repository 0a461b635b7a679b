using AgentAssist.Core.Checking;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Checking;

public sealed class VerdictTests
{
    [Theory]
    [InlineData(new Severity[0], Outcome.Pass)]
    [InlineData(new[] { Severity.Info }, Outcome.Pass)]
    [InlineData(new[] { Severity.Info, Severity.Info }, Outcome.Pass)]
    [InlineData(new[] { Severity.Warning }, Outcome.Warn)]
    [InlineData(new[] { Severity.Info, Severity.Warning, Severity.Info }, Outcome.Warn)]
    [InlineData(new[] { Severity.Approval }, Outcome.NeedsApproval)]
    [InlineData(new[] { Severity.Warning, Severity.Approval, Severity.Info }, Outcome.NeedsApproval)]
    [InlineData(new[] { Severity.Block }, Outcome.Block)]
    [InlineData(new[] { Severity.Block, Severity.Approval, Severity.Warning, Severity.Info }, Outcome.Block)]
    [InlineData(new[] { Severity.Info, Severity.Warning, Severity.Approval, Severity.Block }, Outcome.Block)]
    public void Combine_Severities_HighestDecides(Severity[] severities, Outcome expected)
    {
        var findings = severities.Select((s, i) => new Finding($"Test.Rule{i}", FindingCategory.Wording, s, new TextSpan(i, 1), "m"));

        Assert.Equal(expected, Verdict.Combine(findings));
    }
}
