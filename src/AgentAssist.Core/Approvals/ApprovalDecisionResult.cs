using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Approvals;

/// <summary>The answer to a decision or a withdrawal.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Request">
/// The request as it is now (after this decision, or with the earlier decision that won); <see langword="null"/> when
/// not found.
/// </param>
/// <param name="Replayed">
/// <see langword="true"/> when the same decision key had already decided the request: nothing changed and nothing new
/// was enqueued; the caller answers as it did the first time.
/// </param>
public sealed record ApprovalDecisionResult(ApprovalDecisionStatus Status, ApprovalRequest? Request, bool Replayed = false)
{
    /// <summary>The check of the edited text, when an edit-and-approve was refused because it still blocks.</summary>
    public Verdict? EditedVerdict { get; init; }

    /// <summary>Whether the request is decided as asked (first time or replay).</summary>
    public bool IsDecided => Status == ApprovalDecisionStatus.Decided;
}
