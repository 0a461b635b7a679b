namespace AgentAssist.Core.Approvals;

/// <summary>A page of requests, oldest first.</summary>
/// <param name="Items">The requests on this page.</param>
/// <param name="NextCursor">Pass to get the next page; <see langword="null"/> on the last page.</param>
public sealed record ApprovalPage(IReadOnlyList<ApprovalRequest> Items, string? NextCursor);
