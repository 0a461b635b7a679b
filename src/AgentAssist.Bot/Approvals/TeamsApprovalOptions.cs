using System.Globalization;
using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// The Teams side of approvals (section <c>Approvals</c>, shared with <see cref="ApprovalOptions"/>): which team an agent
/// belongs to and each team's conversations. Approvals are on when at least one team is configured.
/// </summary>
internal sealed class TeamsApprovalOptions
{
    public const string SectionName = ApprovalOptions.SectionName;

    /// <summary>The team of agents not listed in <see cref="Agents"/>. Unset: only listed agents can ask for approval.</summary>
    public string? DefaultTeam { get; set; }

    /// <summary>An agent's team, by the agent's Microsoft Entra object id (or Teams user id).</summary>
    public Dictionary<string, string> Agents { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Teams side of each team, by team id (the same ids as <see cref="ApprovalOptions.Teams"/>).</summary>
    public Dictionary<string, TeamsApprovalTeamOptions> Teams { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often the SLA service looks for requests to remind or escalate.</summary>
    public TimeSpan SlaPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the outbox dispatcher looks for messages to send when it has had nothing to do.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a dispatcher holds a claimed message before another instance may send it.</summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether any team is configured.</summary>
    public bool Enabled => Teams.Count > 0;

    /// <summary>The team of an agent, by Entra object id first, then Teams user id; the default team otherwise.</summary>
    public string? TeamOf(string? aadObjectId, string? userId)
    {
        if (aadObjectId is { Length: > 0 } && Agents.TryGetValue(aadObjectId, out var team))
        {
            return team;
        }

        if (userId is { Length: > 0 } && Agents.TryGetValue(userId, out team))
        {
            return team;
        }

        return DefaultTeam is { Length: > 0 } ? DefaultTeam : null;
    }

    /// <summary>Checks the settings against the core ones; returns the problems, each saying how to fix it.</summary>
    public IReadOnlyList<string> Validate(ApprovalOptions core)
    {
        ArgumentNullException.ThrowIfNull(core);
        var problems = new List<string>();
        foreach (var id in core.Teams.Keys.Where(id => !Teams.ContainsKey(id)))
        {
            problems.Add($"{SectionName}:Teams:{id} has supervisors but no Conversation: set {SectionName}:Teams:{id}:Conversation:ServiceUrl and :ConversationId (the supervisors' channel or chat).");
        }

        foreach (var (id, team) in Teams)
        {
            if (!core.Teams.ContainsKey(id))
            {
                problems.Add($"{SectionName}:Teams:{id} has a Conversation but no Supervisors: list the supervisors' Microsoft Entra object ids in {SectionName}:Teams:{id}:Supervisors.");
            }

            if (!team.Conversation.IsSet)
            {
                problems.Add($"{SectionName}:Teams:{id}:Conversation needs ServiceUrl and ConversationId: post a message in the supervisors' channel to the bot and copy them from the activity, or from Teams (channel link, the 19:… part).");
            }

            Check(problems, $"{SectionName}:Teams:{id}:Conversation", team.Conversation);
            if (team.EscalationConversation.ServiceUrl is not null || !string.IsNullOrWhiteSpace(team.EscalationConversation.ConversationId))
            {
                if (!team.EscalationConversation.IsSet)
                {
                    problems.Add($"{SectionName}:Teams:{id}:EscalationConversation needs both ServiceUrl and ConversationId, or neither (escalations then go to the supervisors' conversation).");
                }

                Check(problems, $"{SectionName}:Teams:{id}:EscalationConversation", team.EscalationConversation);
            }

            if (team.RefreshUserIds.Count > CardRefresh.MaxUserIds || team.RefreshUserIds.Any(u => !u.StartsWith("29:", StringComparison.Ordinal)))
            {
                problems.Add($"{SectionName}:Teams:{id}:RefreshUserIds takes at most {CardRefresh.MaxUserIds} Teams user ids, each starting with 29: (the id on the supervisor's activities).");
            }
        }

        if (DefaultTeam is { Length: > 0 } defaultTeam && !Teams.ContainsKey(defaultTeam))
        {
            problems.Add($"{SectionName}:DefaultTeam is '{defaultTeam}', which is not a team under {SectionName}:Teams: name one of {string.Join(", ", Teams.Keys)}.");
        }

        foreach (var (agent, team) in Agents.Where(a => !Teams.ContainsKey(a.Value)))
        {
            problems.Add($"{SectionName}:Agents:{agent} names team '{team}', which is not under {SectionName}:Teams.");
        }

        if (SlaPollInterval <= TimeSpan.Zero || OutboxPollInterval <= TimeSpan.Zero || OutboxLease <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:SlaPollInterval, :OutboxPollInterval and :OutboxLease must be positive (for example \"00:00:30\").");
        }

        return problems;
    }

    private static void Check(List<string> problems, string path, ApprovalConversationOptions conversation)
    {
        if (conversation.ServiceUrl is { } url && (!url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))))
        {
            problems.Add($"{path}:ServiceUrl must be an absolute https URL (http only on loopback, for tests).");
        }

        if (conversation.Language is not ("en" or "es"))
        {
            problems.Add($"{path}:Language must be en or es.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(conversation.TimeZone, out _))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}:TimeZone '{conversation.TimeZone}' is not a time zone this machine knows: use an IANA id such as Europe/Madrid, or UTC."));
        }
    }
}
