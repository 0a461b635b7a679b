using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;

namespace AgentAssist.Storage.Tests.Infrastructure;

/// <summary>Approval requests and effects for store tests.</summary>
public static class TestRequests
{
    public static readonly ApprovalActor Agent = new("agent-1", "Marta Agent");

    public static ApprovalRequest New(TimeProvider time, string team = "care", ApprovalActor? agent = null, TimeSpan? dueAfter = null)
    {
        var now = time.GetUtcNow();
        var due = dueAfter ?? TimeSpan.FromMinutes(20);
        return new ApprovalRequest(
            ApprovalIds.New(time),
            team,
            agent ?? Agent,
            "We will refund the full amount today, \"promise\".",
            "x",
            "en",
            Outcome.NeedsApproval,
            ["BrandEn.Refunds", "Brand.Shouting"],
            """{"outcome":"needsApproval"}""",
            ApprovalSeverity.Normal,
            now,
            now + due,
            now + due * 0.75,
            ApprovalState.Pending,
            1)
        {
            CustomerSummary = "@maria_g on X",
            SuggestedRewrite = "We will look into a refund today.",
        };
    }

    public static ApprovalDecision Approve(string supervisorId, DateTimeOffset at, string key) =>
        new(ApprovalState.Approved, new ApprovalActor(supervisorId, "Supervisor " + supervisorId), at, key, "final text");

    public static ApprovalEffects Effects(string requestId, string label) =>
        new(
            [new NewOutboxMessage("teams.updateCard", "conversation-" + label, $$"""{"label":"{{label}}"}""", requestId)],
            [new Core.Audit.AuditEvent(DateTimeOffset.UnixEpoch.AddYears(56), Core.Audit.AuditEventKind.Approved, label) { RequestId = requestId }]);
}
