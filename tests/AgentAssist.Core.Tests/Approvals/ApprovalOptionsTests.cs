using AgentAssist.Core.Approvals;

namespace AgentAssist.Core.Tests.Approvals;

public sealed class ApprovalOptionsTests
{
    private static ApprovalOptions WithTeam(Action<ApprovalTeamOptions> configure)
    {
        var team = new ApprovalTeamOptions();
        team.Supervisors.Add("sup-1");
        configure(team);
        var options = new ApprovalOptions();
        options.Teams["care"] = team;
        return options;
    }

    [Fact]
    public void Validate_OneSupervisorAndDefaults_NoProblems() => Assert.Empty(WithTeam(_ => { }).Validate());

    [Fact]
    public void Validate_NoSupervisors_SaysWhichTeamAndWhatToSet()
    {
        var problem = Assert.Single(WithTeam(t => t.Supervisors.Clear()).Validate());

        Assert.Equal("Approvals:Teams:care:Supervisors must list at least one supervisor user id, with no empty entries.", problem);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Validate_ReminderFractionOutsideRange_Problem(double fraction) =>
        Assert.Contains("ReminderFraction", Assert.Single(WithTeam(t => t.ReminderFraction = fraction).Validate()), StringComparison.Ordinal);

    [Fact]
    public void Validate_NonPositiveTimes_OneProblemEach()
    {
        var options = WithTeam(t => t.DueAfter[ApprovalSeverity.High] = TimeSpan.Zero);
        options.DraftRetention = TimeSpan.FromDays(-1);

        Assert.Equal(2, options.Validate().Count);
    }

    [Fact]
    public void DueAfterFor_SeverityNotListed_DefaultDueAfter()
    {
        var team = new ApprovalTeamOptions { DefaultDueAfter = TimeSpan.FromMinutes(45) };
        team.DueAfter[ApprovalSeverity.High] = TimeSpan.FromMinutes(5);

        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(45)), (team.DueAfterFor(ApprovalSeverity.High), team.DueAfterFor(ApprovalSeverity.Low)));
    }

    [Fact]
    public void Teams_IdInOtherCase_Found() => Assert.True(WithTeam(_ => { }).Teams.ContainsKey("CARE"));
}
