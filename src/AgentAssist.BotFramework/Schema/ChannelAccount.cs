using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Schema;

/// <summary>A user or bot on a channel (Teams: <c>29:…</c> users, <c>28:{appId}</c> bots).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
