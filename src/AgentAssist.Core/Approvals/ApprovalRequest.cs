using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Approvals;

/// <summary>
/// A reply waiting for (or past) a supervisor's decision: the draft and its check, who asked, for whom, and what happened.
/// Stores hand out snapshots; <see cref="Version"/> grows by one with every change the store makes.
/// </summary>
/// <param name="Id">Unique, time-ordered id (<see cref="ApprovalIds.New"/>); safe to put on cards and in URLs.</param>
/// <param name="TeamId">The team whose supervisors decide (a key of <see cref="ApprovalOptions.Teams"/>).</param>
/// <param name="Agent">The agent who asked.</param>
/// <param name="DraftText">The drafted reply. Empty once purged after the retention period.</param>
/// <param name="Channel">The customer channel id the draft was checked for (<c>x</c>, <c>whatsapp</c>).</param>
/// <param name="Language">The language the draft was checked in (<c>en</c>, <c>es</c>).</param>
/// <param name="Outcome">The verdict's outcome when the request was made.</param>
/// <param name="RuleIds">Ids of the rules that fired, distinct, in order of first finding.</param>
/// <param name="VerdictJson">The verdict as the documented verdict JSON (docs/verdict-json.md), for the card.</param>
/// <param name="Severity">How urgent; with the team it set <paramref name="DueAt"/>.</param>
/// <param name="CreatedAt">When the agent asked.</param>
/// <param name="DueAt">When the SLA runs out; the request is escalated then.</param>
/// <param name="RemindAt">When the supervisors are reminded, before <paramref name="DueAt"/>.</param>
/// <param name="State">Pending or the final state.</param>
/// <param name="Version">Optimistic-concurrency version: 1 when created, one more with every change.</param>
public sealed record ApprovalRequest(
    string Id,
    string TeamId,
    ApprovalActor Agent,
    string DraftText,
    string Channel,
    string Language,
    Outcome Outcome,
    IReadOnlyList<string> RuleIds,
    string VerdictJson,
    ApprovalSeverity Severity,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    DateTimeOffset RemindAt,
    ApprovalState State,
    long Version)
{
    /// <summary>A short description of the customer for supervisors (handle, preferred name); never a personal identifier.</summary>
    public string? CustomerSummary { get; init; }

    /// <summary>A rewrite suggested by the reply-assist feature, when there is one.</summary>
    public string? SuggestedRewrite { get; init; }

    /// <summary>The decision, once the request is no longer pending.</summary>
    public ApprovalDecision? Decision { get; init; }

    /// <summary>When the supervisors were reminded; <see langword="null"/> until then.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>When the request was escalated to the second group; <see langword="null"/> until then.</summary>
    public DateTimeOffset? EscalatedAt { get; init; }

    /// <summary>
    /// What makes a request unique in the channel (the agent's card it was asked from), or <see langword="null"/>. The
    /// store keeps one request per key, so a "Send for approval" repeated on any instance finds the first request.
    /// </summary>
    public string? RequestKey { get; init; }

    /// <summary>Whether the request still waits for a decision.</summary>
    public bool IsPending => State == ApprovalState.Pending;

    /// <summary>How long the agent has waited (until the decision, or until <paramref name="now"/> while pending).</summary>
    public TimeSpan WaitingTime(DateTimeOffset now) => (Decision?.DecidedAt ?? now) - CreatedAt;
}
