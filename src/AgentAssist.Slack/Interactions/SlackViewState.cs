using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Interactions;

/// <summary><c>view.state</c>: input values by block id, then action id.</summary>
public sealed record SlackViewState(
    [property: JsonPropertyName("values")] IReadOnlyDictionary<string, IReadOnlyDictionary<string, SlackInputValue>>? Values);
