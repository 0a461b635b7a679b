using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AgentAssist.Testing;

/// <summary>
/// The Bot Framework side of the bot on 127.0.0.1, as Azure Bot Service and Teams present it: OpenID metadata and a
/// JWKS with the key it signs channel tokens with (endorsed for <c>msteams</c>), the client-credentials token endpoint
/// the bot gets its outbound token from, and the connector the bot posts and updates activities on. The connector
/// records every call and can be told to answer slowly, to refuse calls (503, 429 with Retry-After), or to hold a call
/// until the test lets it go (to kill the bot at that moment). It serves a second service URL under <c>agents/</c>,
/// for conversations no configuration names.
/// </summary>
internal sealed class LoopbackChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "load-test-channel-key";
    public const string BotToken = "load-test-bot-token";

    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] AuthMethods = ["private_key_jwt"];
    private static readonly string[] Endorsements = ["msteams"];

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentQueue<ChannelCall> _calls = new();
    private readonly ConcurrentQueue<(int Status, TimeSpan? RetryAfter)> _failures = new();
    private readonly ConcurrentQueue<(Func<ChannelCall, bool> Matches, TaskCompletionSource<ChannelCall> Arrived, TaskCompletionSource Release)> _holds = new();
    private long _replies;
    private long _tokenRequests;
    private long _refusedTokenRequests;
    private long _activityIds;

    private LoopbackChannel(WebApplication app, string appId, string appPassword)
    {
        _app = app;
        AppId = appId;
        AppPassword = appPassword;
    }

    public string AppId { get; }

    public string AppPassword { get; }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>A second service URL on this channel, for agents' conversations (no configuration trusts it).</summary>
    public Uri AgentServiceUrl => new(BaseUrl, "agents/");

    public Uri MetadataUrl => new(BaseUrl, "v1/.well-known/openidconfiguration");

    /// <summary>Activities the bot posted to the connector (replies, cards) and it accepted.</summary>
    public long Replies => Interlocked.Read(ref _replies);

    public long TokenRequests => Interlocked.Read(ref _tokenRequests);

    public long RefusedTokenRequests => Interlocked.Read(ref _refusedTokenRequests);

    /// <summary>Every connector call so far, in arrival order, with how it was answered.</summary>
    public IReadOnlyList<ChannelCall> Calls => [.. _calls];

    /// <summary>How long the connector takes to answer each call.</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<LoopbackChannel> StartAsync(string appId, string appPassword)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var channel = new LoopbackChannel(app, appId, appPassword);
        channel.MapEndpoints();
        await app.StartAsync().ConfigureAwait(false);
        channel.BaseUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return channel;
    }

    /// <summary>A channel token for the bot, as Teams sends with each activity: RS256, issuer, audience, serviceurl claim.</summary>
    public string CreateToken(TimeSpan lifetime, Uri? serviceUrl = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = (serviceUrl ?? BaseUrl).AbsoluteUri },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Answers the next <paramref name="count"/> calls with <paramref name="status"/> (and a Retry-After in seconds).</summary>
    public void FailNext(int status, int count = 1, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _failures.Enqueue((status, retryAfter));
        }
    }

    /// <summary>
    /// Holds the next call that <paramref name="matches"/> until <see cref="Hold.Release"/>: the call is recorded and
    /// counted as accepted (the channel took it) even when the bot is gone by then.
    /// </summary>
    public Hold HoldNext(Func<ChannelCall, bool> matches)
    {
        var hold = (matches, new TaskCompletionSource<ChannelCall>(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _holds.Enqueue(hold);
        return new Hold(hold.Item2.Task, hold.Item3);
    }

    /// <summary>Waits until the accepted calls satisfy <paramref name="condition"/>; throws after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ChannelCall>> WaitForAsync(Func<IReadOnlyList<ChannelCall>, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var accepted = Calls.Where(c => c.Status < 300).ToList();
            if (condition(accepted))
            {
                return accepted;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The channel did not get the expected calls; it got: {string.Join(", ", Calls.Select(c => $"{c.Method} {c.Path} {c.Status}"))}");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hold in _holds)
        {
            hold.Release.TrySetResult();
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _rsa.Dispose();
    }

    private void MapEndpoints()
    {
        _app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = new Uri(BaseUrl, "v1/authorize").AbsoluteUri,
            ["jwks_uri"] = new Uri(BaseUrl, "v1/.well-known/keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
            ["token_endpoint_auth_methods_supported"] = AuthMethods,
        }));

        _app.MapGet("/v1/.well-known/keys", () =>
        {
            var parameters = _rsa.ExportParameters(includePrivateParameters: false);
            var key = new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
                ["endorsements"] = Endorsements,
            };
            return Results.Json(new Dictionary<string, object> { ["keys"] = new[] { key } });
        });

        _app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
            if (form["grant_type"] != "client_credentials" || form["client_id"] != AppId || form["client_secret"] != AppPassword)
            {
                Interlocked.Increment(ref _refusedTokenRequests);
                return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
            }

            return Results.Json(new { token_type = "Bearer", expires_in = 3599, access_token = BotToken });
        });

        _app.Map("/v3/{**rest}", (Delegate)ConnectorAsync);
        _app.Map("/agents/v3/{**rest}", (Delegate)ConnectorAsync);
    }

    private async Task<IResult> ConnectorAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync().ConfigureAwait(false);
        if (context.Request.Headers.Authorization != "Bearer " + BotToken)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var path = Uri.UnescapeDataString(context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
        var json = body.Length == 0 ? (JsonElement?)null : JsonDocument.Parse(body).RootElement.Clone();
        var call = new ChannelCall(context.Request.Method, path, json, DateTimeOffset.UtcNow);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay).ConfigureAwait(false);
        }

        if (_failures.TryDequeue(out var failure))
        {
            _calls.Enqueue(call with { Status = failure.Status });
            if (failure.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            return Results.Json(new { error = new { code = failure.Status == 429 ? "Throttled" : "ServiceError" } }, statusCode: failure.Status);
        }

        // An update keeps the activity's id, as Teams answers a PUT; anything else gets a new one.
        var isUpdate = context.Request.Method == HttpMethods.Put;
        var id = isUpdate ? path[(path.LastIndexOf('/') + 1)..] : $"activity-{Interlocked.Increment(ref _activityIds)}";
        var accepted = call with { Status = isUpdate ? StatusCodes.Status200OK : StatusCodes.Status201Created, ResponseId = id };
        if (TakeHold(accepted) is { } hold)
        {
            // Taken by the channel now, answered only when the test says so (or never, when the bot was killed meanwhile).
            _calls.Enqueue(accepted);
            hold.Arrived.TrySetResult(accepted);
            await hold.Release.Task.ConfigureAwait(false);
        }
        else
        {
            _calls.Enqueue(accepted);
        }

        if (!isUpdate)
        {
            Interlocked.Increment(ref _replies);
        }

        return Results.Json(new { id }, statusCode: accepted.Status);
    }

    private (Func<ChannelCall, bool> Matches, TaskCompletionSource<ChannelCall> Arrived, TaskCompletionSource Release)? TakeHold(ChannelCall call)
    {
        lock (_holds)
        {
            foreach (var hold in _holds)
            {
                if (!hold.Arrived.Task.IsCompleted && hold.Matches(call))
                {
                    return hold;
                }
            }
        }

        return null;
    }

    /// <summary>A held call: <see cref="Arrived"/> completes when it comes in; <see cref="Release"/> answers it.</summary>
    internal sealed class Hold(Task<ChannelCall> arrived, TaskCompletionSource release)
    {
        public Task<ChannelCall> Arrived { get; } = arrived;

        public void Release() => release.TrySetResult();
    }
}

/// <summary>One connector call the bot made: method, unescaped path, body, when, and the status it was answered with.</summary>
internal sealed record ChannelCall(string Method, string Path, JsonElement? Body, DateTimeOffset At)
{
    public int Status { get; init; }

    public string? ResponseId { get; init; }

    /// <summary>The approval request a posted or updated card is about (the <c>request</c> of its first action's data), if any.</summary>
    public string? RequestId => Body is { } body ? FindRequest(body) : null;

    private static string? FindRequest(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("request") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }

                    if (FindRequest(property.Value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindRequest(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
