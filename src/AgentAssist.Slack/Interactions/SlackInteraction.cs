using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace AgentAssist.Slack.Interactions;

/// <summary>
/// An interaction payload (the form field <c>payload</c>): <c>block_actions</c> when a button is clicked,
/// <c>view_submission</c> when a modal is submitted.
/// </summary>
public sealed record SlackInteraction(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("user")] SlackUserRef? User = null,
    [property: JsonPropertyName("team")] SlackIdRef? Team = null,
    [property: JsonPropertyName("channel")] SlackIdRef? Channel = null,
    [property: JsonPropertyName("container")] SlackContainer? Container = null,
    [property: JsonPropertyName("actions")] IReadOnlyList<SlackAction>? Actions = null,
    [property: JsonPropertyName("response_url")] string? ResponseUrl = null,
    [property: JsonPropertyName("trigger_id")] string? TriggerId = null,
    [property: JsonPropertyName("view")] SlackView? View = null,
    [property: JsonPropertyName("message")] JsonObject? Message = null)
{
    public const string BlockActions = "block_actions";

    public const string ViewSubmission = "view_submission";

    private static readonly JsonSerializerOptions Options = new() { MaxDepth = 32 };

    /// <summary>Reads the form body; null when it has no payload, the payload is not JSON of this shape, or names no user.</summary>
    public static SlackInteraction? Read(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
            if (!form.TryGetValue("payload", out var payload) || payload.Count != 1 || string.IsNullOrEmpty(payload[0]))
            {
                return null;
            }

            return JsonSerializer.Deserialize<SlackInteraction>(payload[0]!, Options) is { Type.Length: > 0, User.Id.Length: > 0 } interaction
                ? interaction
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The <c>response_url</c> when it is an absolute http(s) URL.</summary>
    public Uri? ResponseUri =>
        Uri.TryCreate(ResponseUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null;
}
