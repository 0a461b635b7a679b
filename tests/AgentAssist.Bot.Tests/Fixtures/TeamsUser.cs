namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>A Teams user as activities name them: Teams user id, display name, Microsoft Entra object id.</summary>
internal sealed record TeamsUser(string Id, string Name, string AadObjectId)
{
    /// <summary>The agent of <see cref="TeamsActivities"/>' activities.</summary>
    public static TeamsUser Agent { get; } = new(TeamsActivities.AgentId, "Agent", "00000000-0000-0000-0000-000000000001");

    public static TeamsUser Ana { get; } = new("29:ana", "Ana", "aad-ana");

    public static TeamsUser Luis { get; } = new("29:luis", "Luis", "aad-luis");

    /// <summary>An escalation supervisor.</summary>
    public static TeamsUser Eve { get; } = new("29:eve", "Eve", "aad-eve");

    /// <summary>Someone in the supervisors' channel who is not a supervisor.</summary>
    public static TeamsUser Outsider { get; } = new("29:olga", "Olga", "aad-olga");
}
