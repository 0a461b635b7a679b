using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Interactions;

/// <summary>Where a clicked button was: the message (<c>message_ts</c> in <c>channel_id</c>) or a view.</summary>
public sealed record SlackContainer(
    [property: JsonPropertyName("type")] string? Type = null,
    [property: JsonPropertyName("message_ts")] string? MessageTs = null,
    [property: JsonPropertyName("channel_id")] string? ChannelId = null);
