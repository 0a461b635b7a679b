namespace AgentAssist.Core.Approvals;

/// <summary>A decision or withdrawal someone asks for (from a card's Action.Execute, a command, the admin API).</summary>
/// <param name="RequestId">The request.</param>
/// <param name="DecisionKey">
/// Idempotency key: the same key always gets the same answer (use the invoke activity's id, or a key the card carries).
/// </param>
/// <param name="Action">What to do.</param>
/// <param name="Actor">Who: a supervisor, or the agent for <see cref="ApprovalAction.Withdraw"/>.</param>
public sealed record ApprovalCommand(string RequestId, string DecisionKey, ApprovalAction Action, ApprovalActor Actor)
{
    /// <summary>The edited text, for <see cref="ApprovalAction.EditAndApprove"/>.</summary>
    public string? EditedText { get; init; }

    /// <summary>Why, for <see cref="ApprovalAction.Reject"/> (required) and optionally for a withdrawal.</summary>
    public string? Reason { get; init; }
}
