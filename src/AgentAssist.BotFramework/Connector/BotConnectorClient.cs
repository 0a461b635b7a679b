using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AgentAssist.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentAssist.BotFramework.Connector;

/// <summary>
/// Calls the Bot Framework connector REST API (v3) of a channel: send, reply, update, delete and
/// create conversation. Only service URLs in <see cref="TrustedServiceUrlRegistry"/> receive the
/// bot's token; throttling and gateway answers (429, 412, 502, 504) are retried a bounded number
/// of times, honouring <c>Retry-After</c>.
/// </summary>
public sealed class BotConnectorClient
{
    public const string HttpClientName = "AgentAssist.BotFramework.Connector";

    private const string ConversationIdHeader = "x-ms-conversation-id";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly BotTokenProvider _tokens;
    private readonly TrustedServiceUrlRegistry _trustedServiceUrls;
    private readonly BotFrameworkOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotConnectorClient> _logger;

    internal BotConnectorClient(
        IHttpClientFactory httpClientFactory,
        BotTokenProvider tokens,
        TrustedServiceUrlRegistry trustedServiceUrls,
        IOptions<BotFrameworkOptions> options,
        TimeProvider time,
        ILogger<BotConnectorClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _tokens = tokens;
        _trustedServiceUrls = trustedServiceUrls;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>.</summary>
    public async Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var response = await SendAsync<Activity, ResourceResponse>(
            "send", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, conversationId: null, cancellationToken).ConfigureAwait(false);
        return response ?? new ResourceResponse(null);
    }

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c>: a reply in the thread of <paramref name="activityId"/>.</summary>
    public async Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        var reply = activity.ReplyToId is null ? activity with { ReplyToId = activityId } : activity;
        var response = await SendAsync<Activity, ResourceResponse>(
            "reply", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", reply, conversationId, cancellationToken).ConfigureAwait(false);
        return response ?? new ResourceResponse(null);
    }

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>: replaces the activity (e.g. a card for everyone).</summary>
    public async Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        var update = activity with { Id = activityId };
        var response = await SendAsync<Activity, ResourceResponse>(
            "update", HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", update, conversationId: null, cancellationToken).ConfigureAwait(false);
        return response ?? new ResourceResponse(activityId);
    }

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        await SendAsync<object, JsonElement?>(
            "delete", HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", body: null, conversationId: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST v3/conversations</c>: starts a conversation (proactive message).</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var response = await SendAsync<ConversationParameters, ConversationResourceResponse>(
            "create-conversation", HttpMethod.Post, serviceUrl, "v3/conversations", parameters, conversationId: null, cancellationToken).ConfigureAwait(false);
        return response ?? throw new BotConnectorException("The connector created a conversation but did not say its id.");
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static bool IsRetryable(HttpStatusCode statusCode) => statusCode is
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    private async Task<TResponse?> SendAsync<TBody, TResponse>(
        string operation,
        HttpMethod method,
        Uri serviceUrl,
        string relativePath,
        TBody? body,
        string? conversationId,
        CancellationToken cancellationToken)
    {
        var target = new Uri(TrustedBase(serviceUrl), relativePath);
        var client = _httpClientFactory.CreateClient(HttpClientName);

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, target);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, mediaType: null, BotFrameworkJson.Options);
            }

            var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (conversationId is not null)
            {
                request.Headers.TryAddWithoutValidation(ConversationIdHeader, conversationId);
            }

            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return await ReadBodyAsync<TResponse>(response, cancellationToken).ConfigureAwait(false);
            }

            if (IsRetryable(response.StatusCode) && attempt < _options.ConnectorMaxAttempts)
            {
                var delay = RetryDelay(response, attempt);
                BotFrameworkLog.ConnectorRetry(_logger, operation, response.StatusCode, attempt, _options.ConnectorMaxAttempts, delay);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var errorCode = await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
            BotFrameworkLog.ConnectorFailed(_logger, operation, response.StatusCode, errorCode, attempt);
            throw new BotConnectorException(operation, response.StatusCode, errorCode, attempt, RetryAfter(response));
        }
    }

    private Uri TrustedBase(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var baseUri = TrustedServiceUrlRegistry.ToBase(serviceUrl);
        if (!_trustedServiceUrls.IsTrusted(baseUri) || !BotFrameworkOptionsValidator.IsHttpsOrLoopbackHttp(baseUri))
        {
            throw UntrustedServiceUrlException.For(serviceUrl);
        }

        return baseUri;
    }

    /// <summary>The channel's <c>Retry-After</c> (seconds or a date), or null when it sent none.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan delay;
        if (retryAfter?.Delta is { } delta)
        {
            delay = delta;
        }
        else if (retryAfter?.Date is { } date)
        {
            delay = date - _time.GetUtcNow();
        }
        else
        {
            // Exponential backoff with ±20 % jitter so bots throttled together do not retry together.
            var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
            delay = _options.ConnectorRetryBaseDelay * Math.Pow(2, attempt - 1) * jitter;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero
            : delay > _options.ConnectorMaxRetryDelay ? _options.ConnectorMaxRetryDelay
            : delay;
    }

    private static async Task<T?> ReadBodyAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text) ? default : JsonSerializer.Deserialize<T>(text, BotFrameworkJson.Options);
    }

    // Connector errors look like {"error":{"code":"…","message":"…"}}; only the code is kept.
    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "null" : text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
