using System.Text.Json;

namespace AgentAssist.Slack.WebApi;

/// <summary>
/// A Web API call's outcome. <see cref="Ok"/> when Slack did it; otherwise <see cref="Error"/> is Slack's error code
/// (<c>channel_not_found</c>, <c>ratelimited</c>…) or <c>http_{status}</c>, and <see cref="RetryAfter"/> is set when
/// Slack asked to wait longer than the client waits in place.
/// </summary>
public sealed record SlackApiResult(bool Ok, string? Error, TimeSpan? RetryAfter, JsonElement Body)
{
    public const string RateLimited = "ratelimited";

    /// <summary>Worth trying again later: rate limited or Slack's own failure (5xx), not a refusal of the request.</summary>
    public bool IsTransient => !Ok && (Error == RateLimited || Error?.StartsWith("http_5", StringComparison.Ordinal) == true
        || Error is "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout");

    /// <summary>A string field of the response, such as <c>ts</c>.</summary>
    public string? Field(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
