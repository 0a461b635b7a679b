using Microsoft.AspNetCore.WebUtilities;

namespace AgentAssist.Slack.Commands;

/// <summary>A slash command as Slack posts it (form fields).</summary>
public sealed record SlackSlashCommand(
    string Command,
    string Text,
    string UserId,
    string? TeamId,
    string? ChannelId,
    Uri? ResponseUrl,
    string? TriggerId)
{
    /// <summary>Reads the form body; null when it has no command or no user.</summary>
    public static SlackSlashCommand? Read(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form;
        try
        {
            form = QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body));
        }
        catch (ArgumentException)
        {
            return null;
        }

        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
        if (Field("command") is not { Length: > 0 } command || Field("user_id") is not { Length: > 0 } user)
        {
            return null;
        }

        var responseUrl = Uri.TryCreate(Field("response_url"), UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null;
        return new SlackSlashCommand(command, Field("text") ?? string.Empty, user, Field("team_id"), Field("channel_id"), responseUrl, Field("trigger_id"));
    }

    /// <summary>Whether the form is Slack's certificate check (<c>ssl_check=1</c>), which is answered 200 and otherwise ignored.</summary>
    public static bool IsSslCheck(byte[] body) =>
        QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body ?? [])).TryGetValue("ssl_check", out var value) && value == "1";
}
