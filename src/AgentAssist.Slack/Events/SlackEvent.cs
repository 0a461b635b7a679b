using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Events;

/// <summary>The fields of an <c>app_mention</c> or <c>message</c> event the bot reads.</summary>
public sealed record SlackEvent(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("subtype")] string? Subtype = null,
    [property: JsonPropertyName("user")] string? User = null,
    [property: JsonPropertyName("bot_id")] string? BotId = null,
    [property: JsonPropertyName("text")] string? Text = null,
    [property: JsonPropertyName("ts")] string? Ts = null,
    [property: JsonPropertyName("thread_ts")] string? ThreadTs = null,
    [property: JsonPropertyName("channel")] string? Channel = null,
    [property: JsonPropertyName("channel_type")] string? ChannelType = null)
{
    public const string AppMention = "app_mention";

    public const string Message = "message";

    /// <summary>A direct message to the bot (<c>message.im</c>).</summary>
    public bool IsDirectMessage => Type == Message && ChannelType == "im";

    /// <summary>A person's own words: not a bot's message, not an edit, a deletion or a join.</summary>
    public bool IsFromPerson => BotId is null && Subtype is null && !string.IsNullOrEmpty(User);
}
