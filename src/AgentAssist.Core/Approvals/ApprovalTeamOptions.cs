namespace AgentAssist.Core.Approvals;

/// <summary>Who decides a team's approvals and how long they have.</summary>
public sealed class ApprovalTeamOptions
{
    /// <summary>The supervisors' user ids (for Teams the Microsoft Entra object ids). At least one is required.</summary>
    public List<string> Supervisors { get; } = [];

    /// <summary>The second group, told when a request passes its due time; they may decide too.</summary>
    public List<string> EscalationSupervisors { get; } = [];

    /// <summary>Time to decide per severity; a severity not listed uses <see cref="DefaultDueAfter"/>.</summary>
    public Dictionary<ApprovalSeverity, TimeSpan> DueAfter { get; } = [];

    /// <summary>Time to decide when <see cref="DueAfter"/> does not list the severity. Default 30 minutes.</summary>
    public TimeSpan DefaultDueAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How far into the time to decide the supervisors are reminded, as a fraction in (0, 1]. Default 0.75: a request
    /// due in 20 minutes is reminded after 15.
    /// </summary>
    public double ReminderFraction { get; set; } = 0.75;

    /// <summary>The time to decide for a severity.</summary>
    public TimeSpan DueAfterFor(ApprovalSeverity severity) => DueAfter.TryGetValue(severity, out var due) ? due : DefaultDueAfter;
}
