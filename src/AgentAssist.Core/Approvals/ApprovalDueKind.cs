namespace AgentAssist.Core.Approvals;

/// <summary>What the SLA service does with a pending request whose time has come.</summary>
public enum ApprovalDueKind
{
    /// <summary>Remind the supervisors: <see cref="ApprovalRequest.RemindAt"/> passed and no reminder was sent.</summary>
    Reminder = 0,

    /// <summary>Escalate to the second group: <see cref="ApprovalRequest.DueAt"/> passed and it was not escalated.</summary>
    Escalation = 1,
}
