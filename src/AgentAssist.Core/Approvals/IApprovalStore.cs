namespace AgentAssist.Core.Approvals;

/// <summary>
/// Approval requests, persisted. Every change is atomic with its <see cref="ApprovalEffects"/> (outbox messages and
/// audit events) and safe when several bot instances share the store: a request leaves
/// <see cref="ApprovalState.Pending"/> exactly once (compare-and-set), so of two supervisors deciding at the same
/// instant one wins and the other is told who did.
/// </summary>
public interface IApprovalStore
{
    /// <summary>
    /// Stores a new pending request (version 1) with its effects (the cards to post, the audit event, the agent's card)
    /// and returns it; when a request with the same <see cref="ApprovalRequest.RequestKey"/> exists, returns that one
    /// and writes nothing, so requests are idempotent across instances.
    /// </summary>
    /// <exception cref="InvalidOperationException">A request with the same id exists.</exception>
    Task<ApprovalRequest> CreateAsync(ApprovalRequest request, ApprovalEffects effects, CancellationToken cancellationToken);

    /// <summary>Gets a request; <see langword="null"/> when there is none with that id.</summary>
    Task<ApprovalRequest?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Decides a pending request (or withdraws it: <see cref="ApprovalDecision.State"/> = <see cref="ApprovalState.Withdrawn"/>)
    /// and writes <paramref name="effects"/> in the same transaction. Returns <see cref="ApprovalDecisionStatus.Decided"/>
    /// when this call decided; the same with <see cref="ApprovalDecisionResult.Replayed"/> when the request had already
    /// been decided with the same <see cref="ApprovalDecision.DecisionKey"/> (effects are not written again);
    /// <see cref="ApprovalDecisionStatus.AlreadyDecided"/> with the winning decision otherwise; or
    /// <see cref="ApprovalDecisionStatus.NotFound"/>. The store does not check who may decide: <see cref="ApprovalService"/> does.
    /// </summary>
    Task<ApprovalDecisionResult> TryDecideAsync(string id, ApprovalDecision decision, ApprovalEffects effects, CancellationToken cancellationToken);

    /// <summary>
    /// Pending requests of a team, oldest first (by creation time, then id), <paramref name="limit"/> at a time.
    /// </summary>
    /// <param name="cursor">The previous page's <see cref="ApprovalPage.NextCursor"/>, or <see langword="null"/> for the first page.</param>
    /// <exception cref="ArgumentException">The cursor is not one this store handed out.</exception>
    Task<ApprovalPage> ListPendingAsync(string teamId, int limit, string? cursor, CancellationToken cancellationToken);

    /// <summary>
    /// Pending requests whose reminder (or escalation) time is at or before <paramref name="now"/> and which have not been
    /// reminded (or escalated) yet, earliest first.
    /// </summary>
    Task<IReadOnlyList<ApprovalRequest>> ListDueAsync(ApprovalDueKind kind, DateTimeOffset now, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Records that a pending request was reminded (or escalated) at <paramref name="at"/>, with its effects, unless it was
    /// already or is no longer pending. Returns whether this call recorded it, so two SLA services never both remind.
    /// </summary>
    Task<bool> TryMarkDueAsync(string id, ApprovalDueKind kind, DateTimeOffset at, ApprovalEffects effects, CancellationToken cancellationToken);

    /// <summary>Remembers a card posted about a request. Adding the same role and activity again changes nothing.</summary>
    /// <exception cref="KeyNotFoundException">No request has that id.</exception>
    Task AddCardReferenceAsync(string id, ApprovalCardReference card, CancellationToken cancellationToken);

    /// <summary>The cards posted about a request, in the order they were added.</summary>
    Task<IReadOnlyList<ApprovalCardReference>> ListCardReferencesAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Empties the draft text, verdict JSON (its findings quote the draft), suggested rewrite and final text of requests
    /// decided before <paramref name="decidedBefore"/> (retention); the request, its rule ids and its decision stay.
    /// Returns how many requests were purged.
    /// </summary>
    Task<int> PurgeDraftTextAsync(DateTimeOffset decidedBefore, CancellationToken cancellationToken);
}
