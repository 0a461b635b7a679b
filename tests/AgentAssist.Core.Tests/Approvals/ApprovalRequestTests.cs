using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Tests.Approvals;

public sealed class ApprovalRequestTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private static readonly ApprovalRequest Pending = new(
        "id", "care", new ApprovalActor("a", "A"), "text", "x", "en", Outcome.NeedsApproval, [], "{}", ApprovalSeverity.Normal,
        Created, Created.AddMinutes(30), Created.AddMinutes(20), ApprovalState.Pending, 1);

    [Fact]
    public void WaitingTime_Pending_UntilNow() => Assert.Equal(TimeSpan.FromMinutes(7), Pending.WaitingTime(Created.AddMinutes(7)));

    [Fact]
    public void WaitingTime_Decided_UntilTheDecision()
    {
        var decided = Pending with
        {
            State = ApprovalState.Approved,
            Decision = new ApprovalDecision(ApprovalState.Approved, new ApprovalActor("s", "Ana"), Created.AddMinutes(2), "k", "text"),
        };

        Assert.Equal((TimeSpan.FromMinutes(2), false), (decided.WaitingTime(Created.AddHours(3)), decided.IsPending));
    }

    [Fact]
    public void ApprovalIdsNew_LaterMillisecond_SortsLaterAndIsHex()
    {
        var time = new SteppingTime(Created);
        var first = ApprovalIds.New(time);
        time.Now = Created.AddMilliseconds(1);
        var second = ApprovalIds.New(time);

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.True(string.CompareOrdinal(first, second) < 0);
    }

    private sealed class SteppingTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
