namespace AgentAssist.Bot.Approvals;

/// <summary>
/// A Teams conversation the bot posts approval cards to on its own (a channel of the supervisors' team, or a group
/// chat): where it is and how to speak in it. Its service URL is trusted for the bot's token because it is configured.
/// </summary>
internal sealed class ApprovalConversationOptions
{
    /// <summary>
    /// The channel's connector endpoint, as on activities from that tenant (for Teams usually
    /// <c>https://smba.trafficmanager.net/teams/</c> or a regional form of it).
    /// </summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The conversation id: <c>19:…@thread.tacv2</c> for a channel, <c>19:…@thread.v2</c> for a group chat.</summary>
    public string? ConversationId { get; set; }

    /// <summary>The Microsoft Entra tenant of the conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary>The language of cards posted there: <c>en</c> or <c>es</c>. Each viewer's own card follows their Teams language.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The IANA time zone of times on cards posted there (<c>Europe/Madrid</c>); UTC by default.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Whether <see cref="ServiceUrl"/> and <see cref="ConversationId"/> are both set.</summary>
    public bool IsSet => ServiceUrl is not null && !string.IsNullOrWhiteSpace(ConversationId);

    /// <summary>The <see cref="TimeZone"/>; UTC when it is not a known zone (start-up validation refuses that).</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
