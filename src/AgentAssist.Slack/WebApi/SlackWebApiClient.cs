using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentAssist.Slack.WebApi;

/// <summary>
/// The Slack Web API methods the bot calls, with the bot token. Slack answers errors as HTTP 200 <c>{"ok":false}</c>;
/// those come back as values and are logged by error code only (never a message's text). A 429 is retried in place
/// after its Retry-After when that is short (<see cref="SlackOptions.MaxInlineRetryAfter"/>), else returned with it so
/// the caller (the outbox) tries later. Transport failures throw <see cref="HttpRequestException"/>.
/// </summary>
public sealed partial class SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApiClient> logger)
{
    private const int MaxInlineRetries = 2;

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary><c>chat.postMessage</c>; the new message's <c>ts</c> is <c>result.Field("ts")</c>.</summary>
    public Task<SlackApiResult> PostMessageAsync(string channel, string text, JsonArray? blocks, string? threadTs, CancellationToken cancellationToken)
    {
        var args = new JsonObject { ["channel"] = channel, ["text"] = text };
        if (blocks is not null)
        {
            args["blocks"] = blocks;
        }

        if (threadTs is { Length: > 0 })
        {
            args["thread_ts"] = threadTs;
        }

        return CallAsync("chat.postMessage", args, cancellationToken);
    }

    /// <summary><c>chat.update</c>: replaces the message at <paramref name="ts"/> for everyone.</summary>
    public Task<SlackApiResult> UpdateMessageAsync(string channel, string ts, string text, JsonArray? blocks, CancellationToken cancellationToken)
    {
        var args = new JsonObject { ["channel"] = channel, ["ts"] = ts, ["text"] = text };
        if (blocks is not null)
        {
            args["blocks"] = blocks;
        }

        return CallAsync("chat.update", args, cancellationToken);
    }

    /// <summary><c>views.open</c>: opens a modal; <paramref name="triggerId"/> is valid for 3 seconds after the click.</summary>
    public Task<SlackApiResult> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, cancellationToken);

    /// <summary><c>users.info</c> with the locale; null when Slack does not say (unknown user, missing scope).</summary>
    public async Task<SlackUser?> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var result = await SendAsync(
            "users.info",
            () => new FormUrlEncodedContent([new("user", userId), new("include_locale", "true")]),
            cancellationToken).ConfigureAwait(false);
        if (!result.Ok || result.Body.TryGetProperty("user", out var user) is false || user.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
        var profile = user.TryGetProperty("profile", out var p) ? p : default;
        var name = Text(profile, "display_name") ?? Text(profile, "real_name") ?? Text(user, "real_name") ?? Text(user, "name") ?? userId;
        return new SlackUser(userId, name, Text(user, "locale"));
    }

    /// <summary>Posts a message to an interaction's or a command's <c>response_url</c> (no token: the URL is the credential).</summary>
    public async Task<bool> RespondAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl)
        {
            Content = new StringContent(message.ToJsonString(), Encoding.UTF8, Json.MediaType),
        };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            LogFailed(logger, "response_url", string.Create(CultureInfo.InvariantCulture, $"http_{(int)response.StatusCode}"));
            return false;
        }

        return true;
    }

    /// <summary>Calls a Web API method with JSON arguments.</summary>
    public Task<SlackApiResult> CallAsync(string method, JsonObject args, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(args);
        var json = args.ToJsonString();
        return SendAsync(method, () => new StringContent(json, Encoding.UTF8, Json.MediaType) { Headers = { ContentType = Json } }, cancellationToken);
    }

    private async Task<SlackApiResult> SendAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.BotToken))
        {
            throw new InvalidOperationException("Slack:BotToken is not set: the Slack Web API cannot be called.");
        }

        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiBaseUrl, method)) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = RetryAfter(response) ?? TimeSpan.FromSeconds(1);
                if (attempt < MaxInlineRetries && wait <= settings.MaxInlineRetryAfter)
                {
                    LogRateLimited(logger, method, wait);
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                LogFailed(logger, method, SlackApiResult.RateLimited);
                return new SlackApiResult(false, SlackApiResult.RateLimited, wait, default);
            }

            if (!response.IsSuccessStatusCode)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"http_{(int)response.StatusCode}");
                LogFailed(logger, method, code);
                return new SlackApiResult(false, code, RetryAfter(response), default);
            }

            JsonElement body;
            try
            {
                using var document = await JsonDocument.ParseAsync(
                    await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
                body = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                LogFailed(logger, method, "invalid_response");
                return new SlackApiResult(false, "invalid_response", null, default);
            }

            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
            {
                return new SlackApiResult(true, null, null, body);
            }

            var error = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String
                ? Sanitize(e.GetString())
                : "unknown_error";
            LogFailed(logger, method, error);
            return new SlackApiResult(false, error, null, body);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero,
            _ => null,
        };

    /// <summary>Slack's error codes are short snake_case words; anything else is not logged as it came.</summary>
    private static string Sanitize(string? error) =>
        error is { Length: > 0 and <= 64 } && error.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.')
            ? error
            : "unrecognised_error";

    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "Slack {Method} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Slack {Method} was rate limited; retrying after {Wait}")]
    private static partial void LogRateLimited(ILogger logger, string method, TimeSpan wait);
}
