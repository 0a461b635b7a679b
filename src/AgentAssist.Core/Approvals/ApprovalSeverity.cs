namespace AgentAssist.Core.Approvals;

/// <summary>How urgent an approval request is; with the team it selects the due time (SLA).</summary>
public enum ApprovalSeverity
{
    /// <summary>The agent asked for a second look.</summary>
    Low = 0,

    /// <summary>An approval-trigger rule fired.</summary>
    Normal = 1,

    /// <summary>An approval-trigger rule marked urgent (public channel, legal or refund topics) fired.</summary>
    High = 2,
}
