using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using AgentAssist.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AgentAssist.BotFramework.Tests.Fixtures;

/// <summary>
/// A Bot Framework channel on 127.0.0.1: publishes OpenID metadata and a JWKS, signs the tokens it
/// sends activities with, serves the client-credentials token endpoint and records connector calls.
/// </summary>
public sealed class LoopbackChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string ClientId = "6f1f4bd6-3c6e-4f83-9b1c-2f7d1a3c9e01";
    public const string ClientSecret = "test-client-secret";

    private static readonly HttpClient Http = new();

    private readonly WebApplication _app;
    private readonly Lock _keysLock = new();
    private readonly List<ChannelSigningKey> _publishedKeys = [ChannelSigningKey.Teams];
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<ConnectorRequest> _connectorRequests = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private readonly ConcurrentQueue<string> _tokenPaths = new();
    private int _metadataFetches;
    private int _keySetFetches;
    private int _activityIds;

    private LoopbackChannel(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The serviceUrl the channel puts on its activities and in its tokens.</summary>
    public string ServiceUrl => BaseUrl.AbsoluteUri;

    public Uri MetadataUrl => new(BaseUrl, "v1/.well-known/openidconfiguration");

    public int MetadataFetches => Volatile.Read(ref _metadataFetches);

    public int KeySetFetches => Volatile.Read(ref _keySetFetches);

    public IReadOnlyList<ConnectorRequest> ConnectorRequests => [.. _connectorRequests];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => [.. _tokenRequests];

    public IReadOnlyList<string> TokenPaths => [.. _tokenPaths];

    public static async Task<LoopbackChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var channel = new LoopbackChannel(app);
        channel.MapEndpoints();
        await app.StartAsync();
        channel.BaseUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return channel;
    }

    public void Publish(ChannelSigningKey key)
    {
        lock (_keysLock)
        {
            _publishedKeys.Add(key);
        }
    }

    /// <summary>The next connector calls get these answers, in order, before calls succeed again.</summary>
    public void Script(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public string CreateToken(
        string audience,
        ChannelSigningKey? key = null,
        string issuer = Issuer,
        string? serviceUrl = null,
        TimeSpan? expiresIn = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        var notBefore = expires < now ? expires - TimeSpan.FromMinutes(60) : now - TimeSpan.FromMinutes(1);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? ServiceUrl },
            SigningCredentials = (key ?? ChannelSigningKey.Teams).SigningCredentials,
        });
    }

    /// <summary>A Teams message activity from this channel; <paramref name="extra"/> adds or replaces fields.</summary>
    public Dictionary<string, object?> Message(string text = "hello bot", Action<Dictionary<string, object?>>? extra = null)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = ActivityTypes.Message,
            ["id"] = "1712345678901",
            ["timestamp"] = "2025-11-20T10:15:30.123Z",
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new Dictionary<string, object?> { ["id"] = "29:user-1", ["name"] = "Agent", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
            ["recipient"] = new Dictionary<string, object?> { ["id"] = "28:" + ClientId, ["name"] = "AgentAssist" },
            ["conversation"] = new Dictionary<string, object?> { ["id"] = "a:conv-1", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["text"] = text,
            ["channelData"] = new Dictionary<string, object?> { ["tenant"] = new Dictionary<string, object?> { ["id"] = "tenant-1" } },
        };
        extra?.Invoke(activity);
        return activity;
    }

    /// <summary>Posts an activity to the bot the way a channel does.</summary>
    public static async Task<HttpResponseMessage> PostActivityAsync(Uri messagesUrl, object activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, messagesUrl)
        {
            Content = JsonContent(JsonSerializer.Serialize(activity)),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await Http.SendAsync(request);
    }

    public static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void MapEndpoints()
    {
        _app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref _metadataFetches);
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = new Uri(BaseUrl, "v1/authorize").AbsoluteUri,
                ["jwks_uri"] = new Uri(BaseUrl, "v1/.well-known/keys").AbsoluteUri,
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            });
        });

        _app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _keySetFetches);
            lock (_keysLock)
            {
                return Results.Json(new Dictionary<string, object> { ["keys"] = _publishedKeys.Select(k => k.ToJwk()).ToArray() });
            }
        });

        _app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            _tokenPaths.Enqueue(context.Request.Path.Value!);
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            _tokenRequests.Enqueue(fields);
            if (fields.GetValueOrDefault("client_id") != ClientId || fields.GetValueOrDefault("client_secret") != ClientSecret)
            {
                return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
            }

            return Results.Json(new
            {
                token_type = "Bearer",
                expires_in = 3599,
                ext_expires_in = 3599,
                access_token = $"channel-token-{_tokenRequests.Count}",
            });
        });

        _app.Map("/v3/{**rest}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var request = context.Request;
            _connectorRequests.Enqueue(new ConnectorRequest(
                request.Method,
                context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
                request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null,
                request.Headers.TryGetValue("x-ms-conversation-id", out var conversationId) ? conversationId.ToString() : null,
                body,
                DateTimeOffset.UtcNow));

            if (_script.TryDequeue(out var scripted))
            {
                if (scripted.Location is { } location)
                {
                    context.Response.Headers.Location = location;
                }

                if (scripted.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return scripted.Body is null
                    ? Results.StatusCode(scripted.StatusCode)
                    : Results.Content(scripted.Body, "application/json", statusCode: scripted.StatusCode);
            }

            var segments = request.Path.Value!.TrimEnd('/').Split('/');
            return request.Method switch
            {
                "POST" when segments.Length == 3 => Results.Json(new { id = "a:created-conversation", activityId = "created-activity-1" }, statusCode: 201),
                "POST" => Results.Json(new { id = $"activity-{Interlocked.Increment(ref _activityIds)}" }, statusCode: 201),
                "PUT" => Results.Json(new { id = Uri.UnescapeDataString(segments[^1]) }),
                "DELETE" => Results.Ok(),
                _ => Results.StatusCode(405),
            };
        });
    }
}
