using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Schema;

/// <summary>
/// An activity entity such as a <c>mention</c>; everything but <see cref="Type"/> lives in
/// <see cref="ExtensionData"/> because each entity type has its own shape.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
