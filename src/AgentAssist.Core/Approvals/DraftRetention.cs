using AgentAssist.Core.Audit;

namespace AgentAssist.Core.Approvals;

/// <summary>
/// Applies <see cref="ApprovalOptions.DraftRetention"/>: empties the texts of requests decided longer ago and nulls the
/// draft text of older audit events. Run it from a background service (daily is enough); running it twice is harmless.
/// </summary>
public sealed class DraftRetention
{
    private readonly IApprovalStore _store;
    private readonly IAuditLog _audit;
    private readonly ApprovalOptions _options;
    private readonly TimeProvider _time;

    public DraftRetention(IApprovalStore store, IAuditLog audit, ApprovalOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _audit = audit;
        _options = options;
        _time = time;
    }

    /// <summary>Purges what is older than the retention period; returns how many requests and audit events lost text.</summary>
    public async Task<DraftRetentionResult> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = _time.GetUtcNow() - _options.DraftRetention;
        var requests = await _store.PurgeDraftTextAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var events = await _audit.PurgeDraftTextAsync(cutoff, cancellationToken).ConfigureAwait(false);
        return new DraftRetentionResult(requests, events);
    }
}
