using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Schema;

/// <summary>An attachment, e.g. an Adaptive Card (<see cref="AdaptiveCardContentType"/>).</summary>
public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }

    /// <summary>Inline content (a card); a <see cref="JsonElement"/> when read.</summary>
    public object? Content { get; init; }

    public string? ContentUrl { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
