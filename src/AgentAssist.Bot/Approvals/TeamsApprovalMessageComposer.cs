using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Approvals;

/// <summary>The Teams messages each approval event enqueues; <see cref="TeamsOutboxSender"/> sends them.</summary>
internal sealed class TeamsApprovalMessageComposer : IApprovalMessageComposer
{
    public IReadOnlyList<NewOutboxMessage> Requested(ApprovalRequest request) =>
        [Message(TeamsOutboxKinds.PostCard, request, new TeamsOutboxPayload(request.Id))];

    public IReadOnlyList<NewOutboxMessage> Decided(ApprovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var update = Message(TeamsOutboxKinds.UpdateCards, request, new TeamsOutboxPayload(request.Id));

        // A withdrawal is the agent's own click: their card changes in the invoke's answer, and there is nothing to tell them.
        return request.State == ApprovalState.Withdrawn
            ? [update]
            : [update, Message(TeamsOutboxKinds.NotifyAgent, request, new TeamsOutboxPayload(request.Id, ApprovalCardRole.Agent))];
    }

    public IReadOnlyList<NewOutboxMessage> Reminder(ApprovalRequest request) =>
        [Message(TeamsOutboxKinds.PostCard, request, new TeamsOutboxPayload(request.Id, ApprovalCardRole.Supervisors, ApprovalNotice.Reminder))];

    public IReadOnlyList<NewOutboxMessage> Escalation(ApprovalRequest request) =>
        [Message(TeamsOutboxKinds.PostCard, request, new TeamsOutboxPayload(request.Id, ApprovalCardRole.Escalation, ApprovalNotice.Escalation))];

    private static NewOutboxMessage Message(string kind, ApprovalRequest request, TeamsOutboxPayload payload)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new NewOutboxMessage(kind, request.TeamId, payload.ToJson(), request.Id);
    }
}
