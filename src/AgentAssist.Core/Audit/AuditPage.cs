namespace AgentAssist.Core.Audit;

/// <summary>A page of audit events in time order.</summary>
/// <param name="Items">The events on this page.</param>
/// <param name="NextCursor">Pass to get the next page; <see langword="null"/> on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditEvent> Items, string? NextCursor);
