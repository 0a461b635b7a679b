using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Interactions;

/// <summary>A submitted modal: its callback id, what the bot put in <c>private_metadata</c>, and the inputs' state.</summary>
public sealed record SlackView(
    [property: JsonPropertyName("id")] string? Id = null,
    [property: JsonPropertyName("callback_id")] string? CallbackId = null,
    [property: JsonPropertyName("private_metadata")] string? PrivateMetadata = null,
    [property: JsonPropertyName("state")] SlackViewState? State = null)
{
    /// <summary>The value of an input (text, or the selected option's value); null when absent or empty.</summary>
    public string? Value(string blockId, string actionId) =>
        State?.Values is { } values
        && values.TryGetValue(blockId, out var block)
        && block.TryGetValue(actionId, out var input)
            ? (input.Value ?? input.SelectedOption?.Value) is { Length: > 0 } value ? value : null
            : null;
}
