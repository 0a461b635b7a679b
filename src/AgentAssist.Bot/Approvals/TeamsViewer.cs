using System.Text.Json;
using AgentAssist.Bot.Teams;
using AgentAssist.BotFramework.Schema;
using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Approvals;

/// <summary>The person behind an activity, as approvals know them: their id, name, language and time zone.</summary>
/// <param name="Actor">Id (the Microsoft Entra object id) and display name.</param>
/// <param name="Zone">The user's time zone from the activity (<c>localTimezone</c>, or the <c>clientInfo</c> entity); UTC when absent.</param>
internal sealed record TeamsViewer(ApprovalActor Actor, TimeZoneInfo Zone)
{
    public const string TeamsChannelId = "msteams";

    /// <summary>
    /// The person, only when Teams vouches for them: <c>channelId</c> <c>msteams</c> and a Microsoft Entra object id.
    /// Other channels the signing key is endorsed for (Web Chat, Direct Line, the emulator) let the caller choose
    /// <c>from.id</c>, so they identify nobody.
    /// </summary>
    public static TeamsViewer? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!IsTeamsUser(activity) || activity.From!.AadObjectId!.Trim() is not { Length: > 0 } id)
        {
            return null;
        }

        var from = activity.From;

        var name = string.IsNullOrWhiteSpace(from.Name) ? id : from.Name.Trim();
        return new TeamsViewer(new ApprovalActor(id, name), ZoneOf(activity));
    }

    /// <summary>True when the activity comes from Teams and names its sender's Microsoft Entra object id.</summary>
    public static bool IsTeamsUser(Activity activity) =>
        activity is not null
        && string.Equals(activity.ChannelId, TeamsChannelId, StringComparison.Ordinal)
        && !string.IsNullOrWhiteSpace(activity.From?.AadObjectId);

    /// <summary>The language to draw cards in: the card's when it said, else Teams'.</summary>
    public static BotText Text(string? cardLanguage, Activity activity) => BotText.For(cardLanguage ?? activity?.Locale);

    private static TimeZoneInfo ZoneOf(Activity activity)
    {
        var name = activity.ExtensionData?.TryGetValue("localTimezone", out var local) == true && local.ValueKind == JsonValueKind.String
            ? local.GetString()
            : null;
        if (name is null && activity.Entities is { } entities)
        {
            foreach (var entity in entities)
            {
                if (string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase)
                    && entity.ExtensionData?.TryGetValue("timezone", out var zone) == true
                    && zone.ValueKind == JsonValueKind.String)
                {
                    name = zone.GetString();
                    break;
                }
            }
        }

        return name is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found) ? found : TimeZoneInfo.Utc;
    }
}
