namespace AgentAssist.Core.Audit;

/// <summary>What an audit event records. Exports spell these as in <see cref="AuditEvent.KindName"/>.</summary>
public enum AuditEventKind
{
    /// <summary>A draft was checked (<c>check</c>).</summary>
    Check = 0,

    /// <summary>A draft was sent to the supervisors (<c>approval-requested</c>).</summary>
    ApprovalRequested = 1,

    /// <summary>A supervisor approved the draft as it was (<c>approved</c>).</summary>
    Approved = 2,

    /// <summary>A supervisor edited the draft and approved the edit (<c>edited</c>).</summary>
    Edited = 3,

    /// <summary>A supervisor rejected the draft (<c>rejected</c>).</summary>
    Rejected = 4,

    /// <summary>The agent withdrew the request (<c>withdrawn</c>).</summary>
    Withdrawn = 5,

    /// <summary>The supervisors were reminded as the due time neared (<c>reminded</c>).</summary>
    Reminded = 6,

    /// <summary>The request passed its due time and went to the escalation group (<c>escalated</c>).</summary>
    Escalated = 7,
}
