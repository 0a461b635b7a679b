using AgentAssist.Core.Audit;

namespace AgentAssist.Core.Approvals;

/// <summary>
/// What a change to a request brings with it, written by the store in the same transaction as the change: all of it
/// when the change commits, none of it when it does not (the request was already decided, or the write failed).
/// </summary>
/// <param name="Outbox">Messages for the channel (post or update cards).</param>
/// <param name="Audit">Audit events describing the change.</param>
public sealed record ApprovalEffects(IReadOnlyList<NewOutboxMessage> Outbox, IReadOnlyList<AuditEvent> Audit)
{
    /// <summary>No messages and no audit events.</summary>
    public static ApprovalEffects None { get; } = new([], []);

    /// <summary>Cards of the request to remember with the change (the agent's card a request was asked from).</summary>
    public IReadOnlyList<ApprovalCardReference> Cards { get; init; } = [];
}
