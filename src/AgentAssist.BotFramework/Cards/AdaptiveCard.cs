using System.Text.Json;
using System.Text.Json.Serialization;
using AgentAssist.BotFramework.Schema;

namespace AgentAssist.BotFramework.Cards;

/// <summary>
/// An Adaptive Card (schema 1.5, the newest Teams renders). Build it from the typed elements and actions
/// in this folder; <see cref="ToJson"/> and <see cref="ToAttachment"/> write it with <see cref="AdaptiveCardJson.Options"/>.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public const string DefaultVersion = "1.5";

    public AdaptiveCard(IReadOnlyList<CardElement> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
    }

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-2)]
    public string Type { get; } = "AdaptiveCard";

    /// <summary>Schema version the card needs; leave it out (null) only on a card inside <see cref="ShowCardAction"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string? Version { get; init; } = DefaultVersion;

    public IReadOnlyList<CardElement> Body { get; init; }

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>How Teams fetches a fresh, per-user view of the card (Universal Actions); null: never.</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>Shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>Language of the card's text (<c>en</c>, <c>es</c>), for screen readers and date formatting.</summary>
    public string? Lang { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, AdaptiveCardJson.Options);

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, AdaptiveCardJson.Options);

    /// <summary>The card as an activity attachment (<c>application/vnd.microsoft.card.adaptive</c>).</summary>
    public Attachment ToAttachment() => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = ToJsonElement(),
    };
}
