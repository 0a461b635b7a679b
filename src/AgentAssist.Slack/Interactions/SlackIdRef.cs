using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Interactions;

/// <summary>A team or a channel, by id.</summary>
public sealed record SlackIdRef([property: JsonPropertyName("id")] string? Id);
