using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Interactions;

/// <summary>The user who acted.</summary>
public sealed record SlackUserRef(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("username")] string? Username = null,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("team_id")] string? TeamId = null);
