using System.Net;
using Microsoft.Extensions.Logging;

namespace AgentAssist.BotFramework;

/// <summary>Log messages of the Bot Framework channel. None carries message text or tokens.</summary>
internal static partial class BotFrameworkLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning,
        Message = "BotFramework:MicrosoftAppId is not set and the environment is Development: the Bot Framework endpoint accepts unauthenticated requests from loopback (127.0.0.1, ::1) that name a loopback serviceUrl, and nothing else. Set BotFramework:MicrosoftAppId and BotFramework:MicrosoftAppPassword (and MicrosoftAppTenantId for SingleTenant) to accept Teams traffic")]
    public static partial void RunningUnauthenticated(ILogger logger);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "BotFramework:MicrosoftAppId is not set and the environment is {Environment}, not Development: the Bot Framework endpoint accepts no activity (503). Set BotFramework:MicrosoftAppId and BotFramework:MicrosoftAppPassword to accept Teams traffic")]
    public static partial void NotConfigured(ILogger logger, string environment);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "BotFramework:AllowedTenants is empty: users of any Microsoft Entra tenant can use the bot and ask for approvals. List your tenant ids to allow only them")]
    public static partial void AnyTenant(ILogger logger);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Bot Framework endpoint authenticates channel tokens for app {AppId} ({AppType}); signing keys from {MetadataUrl}")]
    public static partial void RunningAuthenticated(ILogger logger, string appId, BotAppType appType, Uri metadataUrl);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning,
        Message = "Rejected Bot Framework request with {StatusCode}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning,
        Message = "Rejected Bot Framework request with 400: the body is not an activity")]
    public static partial void MalformedActivity(ILogger logger, Exception? exception);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Debug,
        Message = "Received {ActivityType} activity on channel {ChannelId} (authenticated: {Authenticated})")]
    public static partial void ActivityReceived(ILogger logger, string? activityType, string? channelId, bool authenticated);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Error,
        Message = "The activity handler failed on a {ActivityType} activity from channel {ChannelId}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string? activityType, string? channelId);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information,
        Message = "Signing key {KeyId} is not in the cached OpenID metadata; refreshing it")]
    public static partial void RefreshingSigningKeys(ILogger logger, string keyId);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Error,
        Message = "Could not load the Bot Framework OpenID metadata from {MetadataUrl}")]
    public static partial void MetadataUnavailable(ILogger logger, Exception exception, Uri metadataUrl);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Debug,
        Message = "Fetched a Bot Framework token from {TokenEndpoint}, valid for {Lifetime}")]
    public static partial void TokenFetched(ILogger logger, Uri tokenEndpoint, TimeSpan lifetime);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Warning,
        Message = "Connector {Operation} answered {StatusCode}; retry {Attempt} of {MaxAttempts} in {Delay}")]
    public static partial void ConnectorRetry(ILogger logger, string operation, HttpStatusCode statusCode, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(EventId = 1041, Level = LogLevel.Warning,
        Message = "Connector {Operation} failed with {StatusCode} ({ErrorCode}) after {Attempts} attempt(s)")]
    public static partial void ConnectorFailed(ILogger logger, string operation, HttpStatusCode statusCode, string? errorCode, int attempts);
}
