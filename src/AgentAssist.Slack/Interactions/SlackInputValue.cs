using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Interactions;

/// <summary>One input's state: a text input's <see cref="Value"/> or a select's <see cref="SelectedOption"/>.</summary>
public sealed record SlackInputValue(
    [property: JsonPropertyName("type")] string? Type = null,
    [property: JsonPropertyName("value")] string? Value = null,
    [property: JsonPropertyName("selected_option")] SlackSelectedOption? SelectedOption = null);
