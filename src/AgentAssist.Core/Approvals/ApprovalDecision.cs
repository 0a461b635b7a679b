namespace AgentAssist.Core.Approvals;

/// <summary>How a request left <see cref="ApprovalState.Pending"/>: who, when, with what text or reason.</summary>
/// <param name="State">The final state: approved, edited and approved, rejected or withdrawn.</param>
/// <param name="DecidedBy">The supervisor who decided, or the agent who withdrew.</param>
/// <param name="DecidedAt">When the store accepted the decision.</param>
/// <param name="DecisionKey">
/// Idempotency key of the action that decided (the invoke activity id or a key the card carries). Deciding again with
/// the same key returns this decision instead of a conflict, so a retried invoke gets the same answer.
/// </param>
/// <param name="FinalText">The text that may go out: the draft when approved, the edited text when edited; <see langword="null"/> when rejected or withdrawn.</param>
/// <param name="Reason">Why it was rejected (required then); <see langword="null"/> otherwise.</param>
public sealed record ApprovalDecision(
    ApprovalState State,
    ApprovalActor DecidedBy,
    DateTimeOffset DecidedAt,
    string DecisionKey,
    string? FinalText = null,
    string? Reason = null);
