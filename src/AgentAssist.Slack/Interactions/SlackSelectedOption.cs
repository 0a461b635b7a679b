using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Interactions;

/// <summary>The option chosen in a select.</summary>
public sealed record SlackSelectedOption([property: JsonPropertyName("value")] string? Value);
