using System.Text.Json;

namespace AgentAssist.BotFramework.Schema;

/// <summary>The Microsoft Entra tenant an activity says it comes from.</summary>
public static class ActivityTenant
{
    /// <summary>Teams' <c>channelData.tenant.id</c>, or null.</summary>
    public static string? FromChannelData(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is JsonElement { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && id.GetString() is { Length: > 0 } value
            ? value
            : null;
    }

}
