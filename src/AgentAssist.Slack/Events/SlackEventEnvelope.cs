using System.Text.Json.Serialization;

namespace AgentAssist.Slack.Events;

/// <summary>
/// What the Events API posts: <c>url_verification</c> (answer with <see cref="Challenge"/>) or <c>event_callback</c>
/// wrapping one <see cref="Event"/> (Slack's common event wrapper schema).
/// </summary>
public sealed record SlackEventEnvelope(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("challenge")] string? Challenge = null,
    [property: JsonPropertyName("team_id")] string? TeamId = null,
    [property: JsonPropertyName("api_app_id")] string? ApiAppId = null,
    [property: JsonPropertyName("event")] SlackEvent? Event = null,
    [property: JsonPropertyName("event_id")] string? EventId = null,
    [property: JsonPropertyName("event_time")] long? EventTime = null)
{
    public const string UrlVerification = "url_verification";

    public const string EventCallback = "event_callback";
}
