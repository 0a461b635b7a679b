namespace AgentAssist.Bot.Approvals;

/// <summary>A banner on a supervisors' approval card posted by the SLA service.</summary>
internal enum ApprovalNotice
{
    None,
    Reminder,
    Escalation,
}
