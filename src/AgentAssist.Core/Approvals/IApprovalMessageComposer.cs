namespace AgentAssist.Core.Approvals;

/// <summary>
/// Turns approval events into outbox messages for a channel (Teams cards). <see cref="ApprovalService"/> calls it with the
/// request as it will be once the change commits, and the store enqueues the messages in the same transaction. Called
/// before the outcome is known: messages for a decision that loses the race are discarded, never sent.
/// </summary>
public interface IApprovalMessageComposer
{
    /// <summary>Messages for a new request: the supervisors' card and the agent's waiting card.</summary>
    IReadOnlyList<NewOutboxMessage> Requested(ApprovalRequest request);

    /// <summary>Messages for a request that left pending (decided or withdrawn): update every card in place.</summary>
    IReadOnlyList<NewOutboxMessage> Decided(ApprovalRequest request);

    /// <summary>Messages reminding the supervisors that the due time nears.</summary>
    IReadOnlyList<NewOutboxMessage> Reminder(ApprovalRequest request);

    /// <summary>Messages to the escalation group after the due time passed.</summary>
    IReadOnlyList<NewOutboxMessage> Escalation(ApprovalRequest request);
}
