using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>
/// An OpenID Connect provider on 127.0.0.1 standing in for Microsoft Entra ID: publishes discovery metadata and a JWKS,
/// and issues access tokens signed by its test key with the app roles a test asks for.
/// </summary>
internal sealed class LoopbackOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "3d3c2c1b-8f7e-4a6b-9c0d-1e2f3a4b5c6d";
    public const string Audience = "api://agentassist-test";

    private static readonly Lazy<RSA> SigningRsa = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> OtherRsa = new(() => RSA.Create(2048));

    private readonly WebApplication _app;

    private LoopbackOpenIdProvider(WebApplication app) => _app = app;

    /// <summary>The authority and issuer, with a trailing slash.</summary>
    public string Authority { get; private set; } = null!;

    public static async Task<LoopbackOpenIdProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var provider = new LoopbackOpenIdProvider(app);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = provider.Authority,
            ["authorization_endpoint"] = provider.Authority + "oauth2/authorize",
            ["token_endpoint"] = provider.Authority + "oauth2/token",
            ["jwks_uri"] = provider.Authority + "keys",
            ["response_types_supported"] = new[] { "code", "id_token" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/keys", () =>
        {
            var parameters = SigningRsa.Value.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", kid = "test-key", alg = "RS256", n = Base64UrlEncoder.Encode(parameters.Modulus!), e = Base64UrlEncoder.Encode(parameters.Exponent!) },
                },
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        provider.Authority = address.TrimEnd('/') + "/";
        return provider;
    }

    /// <summary>The settings that point the service at this provider.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Auth:Authority"] = Authority,
        ["Auth:Audience"] = Audience,
        ["Auth:ClientId"] = ClientId,
        ["Auth:ClientSecret"] = "test-client-secret",
    };

    /// <summary>An access token for <paramref name="objectId"/> with <paramref name="roles"/>.</summary>
    public string CreateToken(string objectId, string[] roles, string audience = Audience, TimeSpan? expiresIn = null, bool signedByOtherKey = false, string? issuer = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        var notBefore = expires < now ? expires - TimeSpan.FromHours(1) : now - TimeSpan.FromMinutes(1);
        var key = new RsaSecurityKey(signedByOtherKey ? OtherRsa.Value : SigningRsa.Value) { KeyId = "test-key" };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Authority,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            Claims = new Dictionary<string, object> { ["oid"] = objectId, ["sub"] = objectId, ["name"] = "Test " + objectId, ["roles"] = roles },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
