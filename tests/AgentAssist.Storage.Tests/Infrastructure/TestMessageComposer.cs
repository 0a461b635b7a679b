using AgentAssist.Core.Approvals;

namespace AgentAssist.Storage.Tests.Infrastructure;

/// <summary>
/// A channel's composer for tests: one message per event, whose payload records the request state it was built from,
/// so tests can see what the channel would have sent.
/// </summary>
public sealed class TestMessageComposer : IApprovalMessageComposer
{
    public IReadOnlyList<NewOutboxMessage> Requested(ApprovalRequest request) => [Message("requested", request)];

    public IReadOnlyList<NewOutboxMessage> Decided(ApprovalRequest request) => [Message("decided", request)];

    public IReadOnlyList<NewOutboxMessage> Reminder(ApprovalRequest request) => [Message("reminder", request)];

    public IReadOnlyList<NewOutboxMessage> Escalation(ApprovalRequest request) => [Message("escalation", request)];

    private static NewOutboxMessage Message(string kind, ApprovalRequest request) =>
        new(
            "test." + kind,
            request.TeamId,
            System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["state"] = request.State.ToString(),
                ["version"] = request.Version,
                ["by"] = request.Decision?.DecidedBy.DisplayName,
                ["finalText"] = request.Decision?.FinalText,
            }),
            request.Id);
}
