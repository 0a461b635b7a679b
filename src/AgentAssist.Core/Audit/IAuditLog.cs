namespace AgentAssist.Core.Audit;

/// <summary>
/// An append-only log of checks, approval requests, decisions, edits, reminders and escalations. Time ranges are
/// half-open: from <c>since</c> inclusive to <c>until</c> exclusive; events come in time order (ties in append order).
/// Approval changes append their events through <see cref="Approvals.ApprovalEffects"/> in the same transaction.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends one event and returns it with its <see cref="AuditEvent.Sequence"/>.</summary>
    Task<AuditEvent> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>One page of the events in [<paramref name="since"/>, <paramref name="until"/>).</summary>
    /// <param name="cursor">The previous page's <see cref="AuditPage.NextCursor"/>, or <see langword="null"/> for the first page.</param>
    /// <exception cref="ArgumentException">The cursor is not one this log handed out.</exception>
    Task<AuditPage> QueryAsync(DateTimeOffset since, DateTimeOffset until, int limit, string? cursor, CancellationToken cancellationToken);

    /// <summary>Every event in [<paramref name="since"/>, <paramref name="until"/>), streamed (for exports of any size).</summary>
    IAsyncEnumerable<AuditEvent> ReadAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// Nulls the draft text of events that happened before <paramref name="olderThan"/>; the events stay. Returns how many
    /// events lost their text.
    /// </summary>
    Task<int> PurgeDraftTextAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
