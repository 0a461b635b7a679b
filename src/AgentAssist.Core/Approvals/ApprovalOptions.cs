namespace AgentAssist.Core.Approvals;

/// <summary>Approval settings: the teams whose replies can be approved, and how long draft text is kept.</summary>
public sealed class ApprovalOptions
{
    public const string SectionName = "Approvals";

    /// <summary>Teams by id (the id an agent's request names, compared ignoring case).</summary>
    public Dictionary<string, ApprovalTeamOptions> Teams { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long draft, edited and final texts are kept in approvals and the audit log after the event. Default 30 days;
    /// the events themselves stay.
    /// </summary>
    public TimeSpan DraftRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Checks the settings; returns the problems, each saying how to fix it (empty when fine).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (DraftRetention <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:DraftRetention must be positive (for example \"30.00:00:00\" for 30 days).");
        }

        foreach (var (id, team) in Teams)
        {
            if (team.Supervisors.Count == 0 || team.Supervisors.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add($"{SectionName}:Teams:{id}:Supervisors must list at least one supervisor user id, with no empty entries.");
            }

            if (team.DefaultDueAfter <= TimeSpan.Zero || team.DueAfter.Values.Any(d => d <= TimeSpan.Zero))
            {
                problems.Add($"{SectionName}:Teams:{id}: due times must be positive (for example \"00:30:00\").");
            }

            if (team.ReminderFraction is <= 0 or > 1 || double.IsNaN(team.ReminderFraction))
            {
                problems.Add($"{SectionName}:Teams:{id}:ReminderFraction must be in (0, 1], for example 0.75.");
            }
        }

        return problems;
    }
}
