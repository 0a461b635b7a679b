using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AgentAssist.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token a Bot Framework channel (Teams) sends with each activity: RS256/384/512
/// signature by a key from the channel's OpenID metadata, issuer <see cref="ChannelIssuer"/>, audience
/// = the bot's app id, lifetime with 5 minutes of clock skew. The claims must also have the shapes the
/// spec gives them (<see cref="ClaimShapeProblem"/>): Microsoft.IdentityModel alone accepts more.
/// </summary>
internal sealed class ChannelTokenValidator
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string ServiceUrlClaimType = "serviceurl";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // An unknown kid means the channel rotated its keys; refetch at most this often so forged kids cannot hammer the metadata host.
    private static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    // Microsoft.IdentityModel 8 refreshes in the background and keeps handing out the old configuration meanwhile.
    private static readonly TimeSpan ForcedRefreshWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ForcedRefreshPoll = TimeSpan.FromMilliseconds(20);

    private static readonly string[] ValidAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _tokenHandler = new() { MapInboundClaims = false };
    private readonly BotFrameworkOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ChannelTokenValidator> _logger;
    private readonly Lock _refreshLock = new();
    private Task<OpenIdConnectConfiguration>? _refresh;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    public ChannelTokenValidator(
        IOptions<BotFrameworkOptions> options,
        HttpClientDocumentRetriever documentRetriever,
        TimeProvider time,
        ILogger<ChannelTokenValidator> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            _options.OpenIdMetadataUrl.AbsoluteUri,
            new OpenIdConnectConfigurationRetriever(),
            documentRetriever)
        {
            RefreshInterval = ForcedRefreshInterval,
        };
    }

    /// <summary>Checks the <c>Authorization</c> header value of a request.</summary>
    public async Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        const string BearerPrefix = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ChannelAuthenticationResult.Fail("no bearer token");
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        if (!_tokenHandler.CanReadToken(token))
        {
            return ChannelAuthenticationResult.Fail("the bearer token is not a JWT");
        }

        JsonWebToken jwt;
        try
        {
            jwt = _tokenHandler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return ChannelAuthenticationResult.Fail("the bearer token is not a JWT");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return ChannelAuthenticationResult.Fail("the token names no signing key (kid)");
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException exception)
        {
            BotFrameworkLog.MetadataUnavailable(_logger, exception, _options.OpenIdMetadataUrl);
            return ChannelAuthenticationResult.Unavailable();
        }

        var key = FindKey(configuration, jwt.Kid);
        if (key is null)
        {
            BotFrameworkLog.RefreshingSigningKeys(_logger, jwt.Kid);
            configuration = await RefreshAsync(configuration, cancellationToken).ConfigureAwait(false);
            key = FindKey(configuration, jwt.Kid);
            if (key is null)
            {
                return ChannelAuthenticationResult.Fail("the token's signing key is not published by the channel");
            }
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = ChannelIssuer,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = ValidAlgorithms,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            IgnoreTrailingSlashWhenValidatingAudience = false,
        };

        var result = await _tokenHandler.ValidateTokenAsync(jwt, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return ChannelAuthenticationResult.Fail(Describe(result.Exception));
        }

        if (ClaimShapeProblem(jwt, _options.MicrosoftAppId!) is { } problem)
        {
            return ChannelAuthenticationResult.Fail(problem);
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst(ServiceUrlClaimType)?.Value;
        return ChannelAuthenticationResult.Authenticated(result.ClaimsIdentity, serviceUrl, KeyEndorsements.Read(key));
    }

    /// <summary>
    /// What Microsoft.IdentityModel lets through and the Bot Framework's own validator does not: <c>aud</c> must be one
    /// string equal to the app id (not an array with it, not with a trailing slash), <c>serviceurl</c> one string,
    /// <c>exp</c> and <c>nbf</c> NumericDates (JSON numbers, not strings).
    /// </summary>
    internal static string? ClaimShapeProblem(JsonWebToken jwt, string appId)
    {
        JsonDocument payload;
        try
        {
            payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload));
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            return "the token's payload is not a JSON object";
        }

        using (payload)
        {
            var claims = payload.RootElement;
            if (claims.ValueKind != JsonValueKind.Object)
            {
                return "the token's payload is not a JSON object";
            }

            if (!claims.TryGetProperty(JwtRegisteredClaimNames.Aud, out var aud) || aud.ValueKind != JsonValueKind.String
                || !string.Equals(aud.GetString(), appId, StringComparison.Ordinal))
            {
                return "the token's audience is not exactly this bot's app id";
            }

            if (!claims.TryGetProperty(ServiceUrlClaimType, out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String)
            {
                return "the token's serviceurl claim is not a single string";
            }

            if (!claims.TryGetProperty(JwtRegisteredClaimNames.Exp, out var exp) || exp.ValueKind != JsonValueKind.Number)
            {
                return "the token's exp is not a NumericDate";
            }

            if (claims.TryGetProperty(JwtRegisteredClaimNames.Nbf, out var nbf) && nbf.ValueKind != JsonValueKind.Number)
            {
                return "the token's nbf is not a NumericDate";
            }

            return null;
        }
    }

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration configuration, string kid) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));

    private Task<OpenIdConnectConfiguration> RefreshAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        Task<OpenIdConnectConfiguration> refresh;
        lock (_refreshLock)
        {
            var now = _time.GetUtcNow();
            if (_refresh is { IsCompleted: false })
            {
                refresh = _refresh;
            }
            else if (now - _lastForcedRefresh >= ForcedRefreshInterval)
            {
                _lastForcedRefresh = now;
                _metadata.RequestRefresh();
                refresh = _refresh = WaitForNewConfigurationAsync(stale, now + ForcedRefreshWait);
            }
            else
            {
                return Task.FromResult(stale);
            }
        }

        return refresh.WaitAsync(cancellationToken);
    }

    private async Task<OpenIdConnectConfiguration> WaitForNewConfigurationAsync(OpenIdConnectConfiguration stale, DateTimeOffset deadline)
    {
        while (true)
        {
            OpenIdConnectConfiguration current;
            try
            {
                current = await _metadata.GetConfigurationAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (InvalidOperationException exception)
            {
                BotFrameworkLog.MetadataUnavailable(_logger, exception, _options.OpenIdMetadataUrl);
                return stale;
            }

            if (!ReferenceEquals(current, stale) || _time.GetUtcNow() >= deadline)
            {
                return current;
            }

            await Task.Delay(ForcedRefreshPoll, _time).ConfigureAwait(false);
        }
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidIssuerException => "the token's issuer is not the Bot Framework channel issuer",
        SecurityTokenInvalidAudienceException => "the token's audience is not this bot's app id",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not allowed",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        SecurityTokenNoExpirationException => "the token has no expiry",
        _ => "the token is invalid",
    };
}
