namespace AgentAssist.Slack;

/// <summary>
/// The Slack app's settings (section <c>Slack</c>). Slack is off until <see cref="SigningSecret"/> is set; then
/// <see cref="BotToken"/> is required too. Both come from the app's page at api.slack.com/apps.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The default Web API base URL.</summary>
    public static readonly Uri DefaultApiBaseUrl = new("https://slack.com/api/");

    /// <summary>"Signing Secret" under Basic Information: every request from Slack is signed with it.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>"Bot User OAuth Token" (<c>xoxb-…</c>) under OAuth &amp; Permissions, for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Web API's base URL, ending in <c>/</c>. Default <c>https://slack.com/api/</c>.</summary>
    public Uri ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>How far a request's timestamp may be from now. Slack's rule is 5 minutes.</summary>
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest Retry-After the client waits for in place; a longer one is returned to the caller (the outbox retries later).</summary>
    public TimeSpan MaxInlineRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether Slack is configured.</summary>
    public bool Enabled => !string.IsNullOrEmpty(SigningSecret);
}
