namespace AgentAssist.Slack.WebApi;

/// <summary>What <c>users.info</c> tells the bot about a user: their name to show and their locale (<c>es-ES</c>…).</summary>
public sealed record SlackUser(string Id, string DisplayName, string? Locale);
