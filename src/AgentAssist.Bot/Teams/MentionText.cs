using System.Text.Json;
using System.Text.RegularExpressions;
using AgentAssist.BotFramework.Schema;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// The text an agent typed, without the bot's own <c>&lt;at&gt;…&lt;/at&gt;</c> mention (Teams puts one in channel and
/// group-chat messages) and with other mentions reduced to the name they show.
/// </summary>
internal static partial class MentionText
{
    public static string Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                && entity.ExtensionData is { } data
                && data.TryGetValue("mentioned", out var mentioned)
                && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                && botId is not null
                && string.Equals(id.GetString(), botId, StringComparison.OrdinalIgnoreCase)
                && data.TryGetValue("text", out var mentionText)
                && mentionText.ValueKind == JsonValueKind.String
                && mentionText.GetString() is { Length: > 0 } markup)
            {
                text = text.Replace(markup, " ", StringComparison.Ordinal);
            }
        }

        // Some clients send the mention without its entity: drop a mention of the bot by name too.
        if (activity.Recipient?.Name is { Length: > 0 } botName)
        {
            text = text.Replace($"<at>{botName}</at>", " ", StringComparison.OrdinalIgnoreCase);
        }

        text = OtherMention().Replace(text, "${name}");
        return text.Replace('\u00A0', ' ').Trim();
    }

    [GeneratedRegex("<at>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex OtherMention();
}
