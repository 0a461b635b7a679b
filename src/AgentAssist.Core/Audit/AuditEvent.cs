namespace AgentAssist.Core.Audit;

/// <summary>
/// One entry in the audit log: who did what, when, under which rules. Only <see cref="DraftText"/> may hold a customer
/// reply, and only until the retention period ends (<see cref="IAuditLog.PurgeDraftTextAsync"/>).
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="ActorId">Who did it: the agent or supervisor id, or <c>system</c> for the SLA service.</param>
public sealed record AuditEvent(DateTimeOffset At, AuditEventKind Kind, string ActorId)
{
    /// <summary>The id the actor used by the SLA service and other automatic steps.</summary>
    public const string SystemActor = "system";

    /// <summary>Position in the log, assigned by the store when appended (0 before).</summary>
    public long Sequence { get; init; }

    /// <summary>The actor's display name.</summary>
    public string? ActorName { get; init; }

    /// <summary>The team, for approval events.</summary>
    public string? TeamId { get; init; }

    /// <summary>The approval request, for approval events.</summary>
    public string? RequestId { get; init; }

    /// <summary>The verdict outcome for checks (<c>pass</c>, <c>warn</c>, <c>needsApproval</c>, <c>block</c>) or the state reached.</summary>
    public string? Outcome { get; init; }

    /// <summary>The rules that fired.</summary>
    public IReadOnlyList<string> RuleIds { get; init; } = [];

    /// <summary>The draft (or edited) text, until purged; <see langword="null"/> when not kept or purged.</summary>
    public string? DraftText { get; init; }

    /// <summary>Free text that is not a customer reply: a rejection reason, the escalation group.</summary>
    public string? Detail { get; init; }

    /// <summary>The kind as exports spell it: <c>check</c>, <c>approval-requested</c>, <c>approved</c>, ...</summary>
    public string KindName => Name(Kind);

    /// <summary>The export spelling of a kind.</summary>
    public static string Name(AuditEventKind kind) => kind switch
    {
        AuditEventKind.Check => "check",
        AuditEventKind.ApprovalRequested => "approval-requested",
        AuditEventKind.Approved => "approved",
        AuditEventKind.Edited => "edited",
        AuditEventKind.Rejected => "rejected",
        AuditEventKind.Withdrawn => "withdrawn",
        AuditEventKind.Reminded => "reminded",
        AuditEventKind.Escalated => "escalated",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown audit event kind."),
    };
}
