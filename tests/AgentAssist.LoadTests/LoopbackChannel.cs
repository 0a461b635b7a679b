using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AgentAssist.LoadTests;

/// <summary>
/// The Bot Framework side of the bot on 127.0.0.1, as Azure Bot Service and Teams present it: OpenID metadata and a
/// JWKS with the key it signs channel tokens with (endorsed for <c>msteams</c>), the client-credentials token endpoint
/// the bot gets its outbound token from, and the connector the bot posts its replies to (counted, answered 201).
/// </summary>
internal sealed class LoopbackChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "load-test-channel-key";

    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] AuthMethods = ["private_key_jwt"];
    private static readonly string[] Endorsements = ["msteams"];

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private long _replies;
    private long _tokenRequests;
    private long _refusedTokenRequests;

    private LoopbackChannel(WebApplication app, string appId, string appPassword)
    {
        _app = app;
        AppId = appId;
        AppPassword = appPassword;
    }

    public string AppId { get; }

    public string AppPassword { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri MetadataUrl => new(BaseUrl, "v1/.well-known/openidconfiguration");

    /// <summary>Activities the bot posted to the connector (replies, cards, updates).</summary>
    public long Replies => Interlocked.Read(ref _replies);

    public long TokenRequests => Interlocked.Read(ref _tokenRequests);

    public long RefusedTokenRequests => Interlocked.Read(ref _refusedTokenRequests);

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
    public string CreateToken(TimeSpan lifetime)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = BaseUrl.AbsoluteUri },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
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

            return Results.Json(new { token_type = "Bearer", expires_in = 3599, access_token = "load-test-bot-token" });
        });

        _app.MapPost("/v3/conversations/{conversationId}/activities/{**activityId}", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
            if (context.Request.Headers.Authorization != "Bearer load-test-bot-token")
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            var id = Interlocked.Increment(ref _replies);
            return Results.Json(new { id = $"reply-{id}" }, statusCode: StatusCodes.Status201Created);
        });
    }
}
