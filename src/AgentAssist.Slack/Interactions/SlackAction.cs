using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Interactions;

/// <summary>One clicked element of a <c>block_actions</c> payload.</summary>
public sealed record SlackAction(
    [property: JsonPropertyName("action_id")] string? ActionId,
    [property: JsonPropertyName("block_id")] string? BlockId = null,
    [property: JsonPropertyName("value")] string? Value = null,
    [property: JsonPropertyName("action_ts")] string? ActionTs = null);
