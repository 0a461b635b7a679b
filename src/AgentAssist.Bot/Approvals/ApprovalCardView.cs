using AgentAssist.Bot.Teams;

namespace AgentAssist.Bot.Approvals;

/// <summary>How to draw an approval card for one audience: in which language and time zone, as of when, with which names.</summary>
/// <param name="Text">The viewer's language.</param>
/// <param name="Zone">The viewer's time zone (the user's <c>localTimezone</c>, or the conversation's).</param>
/// <param name="Now">The time the card is drawn, for waiting times.</param>
/// <param name="TeamName">The approval team's display name.</param>
/// <param name="ChannelName">The customer channel's description ("X (Twitter), public").</param>
internal sealed record ApprovalCardView(BotText Text, TimeZoneInfo Zone, DateTimeOffset Now, string TeamName, string ChannelName)
{
    public string Time(DateTimeOffset time) => Text.Time(time, Zone, Now);
}
