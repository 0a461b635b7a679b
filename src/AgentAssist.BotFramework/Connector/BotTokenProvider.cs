using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentAssist.BotFramework.Connector;

/// <summary>
/// Gets the bot's outbound token with the client-credentials grant
/// (<c>POST {authority}/oauth2/v2.0/token</c>, scope <see cref="Scope"/>) and keeps it until shortly before it expires.
/// </summary>
internal sealed class BotTokenProvider : IDisposable
{
    public const string HttpClientName = "AgentAssist.BotFramework.Token";
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly BotFrameworkOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenProvider> _logger;
    private readonly SemaphoreSlim _fetchLock = new(1, 1);
    private CachedToken? _cached;

    public BotTokenProvider(IHttpClientFactory httpClientFactory, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<BotTokenProvider> logger)
    {
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    internal Uri TokenEndpoint => new(
        TrustedServiceUrlRegistry.ToBase(_options.TokenEndpointBase),
        $"{Uri.EscapeDataString(_options.TokenAuthority)}/oauth2/v2.0/token");

    /// <summary>The bearer token for connector calls, or null when no credentials are configured.</summary>
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (!_options.HasCredentials)
        {
            return null;
        }

        if (_cached is { } cached && _time.GetUtcNow() < cached.RefreshAfter)
        {
            return cached.AccessToken;
        }

        await _fetchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } fresh && _time.GetUtcNow() < fresh.RefreshAfter)
            {
                return fresh.AccessToken;
            }

            _cached = await FetchAsync(cancellationToken).ConfigureAwait(false);
            return _cached.AccessToken;
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    public void Dispose() => _fetchLock.Dispose();

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var endpoint = TokenEndpoint;
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", _options.MicrosoftAppId!),
            new("client_secret", _options.MicrosoftAppPassword!),
            new("scope", Scope),
        ]);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var client = _httpClientFactory.CreateClient(HttpClientName);
        var issuedAt = _time.GetUtcNow();
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);

        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The token endpoint {endpoint} refused the bot's client credentials with HTTP {(int)response.StatusCode} ({ReadString(body, "error") ?? "no error code"}). " +
                "Check BotFramework:MicrosoftAppId and BotFramework:MicrosoftAppPassword, and for a SingleTenant bot BotFramework:MicrosoftAppTenantId.");
        }

        var accessToken = ReadString(body, "access_token");
        var expiresIn = ReadSeconds(body, "expires_in");
        if (string.IsNullOrEmpty(accessToken) || expiresIn is not > 0)
        {
            throw new InvalidOperationException($"The token endpoint {endpoint} answered without access_token and expires_in.");
        }

        var lifetime = TimeSpan.FromSeconds(expiresIn.Value);
        var usable = lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2;
        BotFrameworkLog.TokenFetched(_logger, endpoint, lifetime);
        return new CachedToken(accessToken, issuedAt + usable);
    }

    private static string? ReadString(string json, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(property, out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // expires_in is a number in v2.0 answers; older endpoints send it as a string.
    private static double? ReadSeconds(string json, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(property, out var value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.Number => value.GetDouble(),
                JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => seconds,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset RefreshAfter);
}
