using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Schema;

/// <summary>Body of <c>POST v3/conversations</c> (proactive messages).</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    public Activity? Activity { get; init; }

    /// <summary>Teams: <c>{"tenant":{"id":…},"channel":{"id":…}}</c>.</summary>
    public object? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
