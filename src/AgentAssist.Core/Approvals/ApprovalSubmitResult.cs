namespace AgentAssist.Core.Approvals;

/// <summary>The answer to a request for approval.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Request">The stored request when <see cref="ApprovalSubmitStatus.Created"/>.</param>
public sealed record ApprovalSubmitResult(ApprovalSubmitStatus Status, ApprovalRequest? Request);
