using System.Net;
using System.Text.Json;
using AgentAssist.BotFramework.Authentication;
using AgentAssist.BotFramework.Connector;
using AgentAssist.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AgentAssist.BotFramework.Hosting;

/// <summary>
/// Handles <c>POST /api/messages</c>: authenticates the channel, reads the activity, hands it to
/// the <see cref="IActivityHandler"/> and turns an invoke response into the HTTP answer.
/// </summary>
internal sealed class ActivityRequestProcessor(
    ChannelTokenValidator tokenValidator,
    TrustedServiceUrlRegistry trustedServiceUrls,
    ServiceUrlPolicy serviceUrls,
    IOptions<BotFrameworkOptions> options,
    IHostEnvironment environment,
    ILogger<ActivityRequestProcessor> logger)
{
    private readonly BotFrameworkOptions _options = options.Value;

    public async Task<IResult> ProcessAsync(HttpContext context, IActivityHandler handler, CancellationToken cancellationToken)
    {
        // Outside Development, no app id means nothing can be authenticated: nothing is accepted, whoever asks.
        if (!_options.HasCredentials && !environment.IsDevelopment())
        {
            BotFrameworkLog.RequestRejected(logger, StatusCodes.Status503ServiceUnavailable, "BotFramework:MicrosoftAppId is not set");
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Bot Framework endpoint not configured",
                detail: "This bot has no Microsoft App ID, so it cannot authenticate channels and accepts no activity.");
        }

        var authentication = _options.HasCredentials
            ? await tokenValidator.AuthenticateAsync(context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, cancellationToken).ConfigureAwait(false)
            : CheckLoopback(context);

        if (authentication.MetadataUnavailable)
        {
            BotFrameworkLog.RequestRejected(logger, StatusCodes.Status503ServiceUnavailable, authentication.FailureReason!);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Channel signing keys unavailable",
                detail: "The bot could not load the channel's signing keys; try again later.");
        }

        if (!authentication.Succeeded)
        {
            return Unauthorized(context, authentication.FailureReason!);
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(context.Request.Body, BotFrameworkJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            BotFrameworkLog.MalformedActivity(logger, exception);
            return BadRequest();
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            BotFrameworkLog.MalformedActivity(logger, exception: null);
            return BadRequest();
        }

        if (authentication.Authorize(activity) is { } refusal)
        {
            return Unauthorized(context, refusal);
        }

        // Unauthenticated (Development) activities may only make the bot call loopback; authenticated ones name a
        // serviceUrl the channel signed, which still has to be on a connector host the bot may call.
        var hasServiceUrl = Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl);
        if (authentication.IsAnonymous && !(hasServiceUrl && BotFrameworkOptionsValidator.IsLoopbackHost(serviceUrl!)))
        {
            return Unauthorized(context, "unauthenticated activities must name a loopback serviceUrl");
        }

        if (TenantRefusal(activity) is { } tenantRefusal)
        {
            BotFrameworkLog.RequestRejected(logger, StatusCodes.Status403Forbidden, tenantRefusal);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Tenant not allowed",
                detail: "This bot serves only the Microsoft Entra tenants it is configured for.");
        }

        if (hasServiceUrl && serviceUrls.IsAllowed(serviceUrl!))
        {
            trustedServiceUrls.Trust(serviceUrl!);
        }

        BotFrameworkLog.ActivityReceived(logger, activity.Type, activity.ChannelId, !authentication.IsAnonymous);
        var turn = new TurnContext(activity.ServiceUrl, activity.ChannelId, authentication.Identity);
        var invokeResponse = await handler.OnActivityAsync(activity, turn, cancellationToken).ConfigureAwait(false);

        if (!activity.IsInvoke)
        {
            return TypedResults.Ok();
        }

        if (invokeResponse is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        }

        return invokeResponse.Body is null
            ? TypedResults.StatusCode(invokeResponse.Status)
            : TypedResults.Json(invokeResponse.Body, BotFrameworkJson.Options, contentType: null, statusCode: invokeResponse.Status);
    }

    /// <summary>
    /// With <see cref="BotFrameworkOptions.AllowedTenants"/> set, the activity's tenant (Teams' <c>channelData.tenant.id</c>,
    /// and <c>conversation.tenantId</c>, which must agree when both are given) must be listed.
    /// </summary>
    private string? TenantRefusal(Activity activity)
    {
        if (_options.AllowedTenants.Count == 0)
        {
            return null;
        }

        var fromChannelData = ActivityTenant.FromChannelData(activity);
        var fromConversation = activity.Conversation?.TenantId;
        if (fromChannelData is not null && fromConversation is not null && !string.Equals(fromChannelData, fromConversation, StringComparison.OrdinalIgnoreCase))
        {
            return "the activity names two different tenants";
        }

        var tenant = fromChannelData ?? fromConversation;
        if (tenant is null)
        {
            return "the activity names no tenant and BotFramework:AllowedTenants is set";
        }

        return _options.AllowedTenants.Any(t => string.Equals(t.Trim(), tenant, StringComparison.OrdinalIgnoreCase))
            ? null
            : "the activity's tenant is not in BotFramework:AllowedTenants";
    }

    private static ChannelAuthenticationResult CheckLoopback(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count > 0)
        {
            return ChannelAuthenticationResult.Fail("a bearer token was sent but BotFramework:MicrosoftAppId is not set, so tokens cannot be checked");
        }

        // Behind a proxy every caller looks local; a forwarded request is not loopback traffic.
        if (request.Headers.ContainsKey("X-Forwarded-For") || request.Headers.ContainsKey("Forwarded"))
        {
            return ChannelAuthenticationResult.Fail("unauthenticated requests are accepted only directly from loopback, not through a proxy");
        }

        var remote = context.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            return ChannelAuthenticationResult.Fail("unauthenticated requests are accepted only from loopback");
        }

        return ChannelAuthenticationResult.Anonymous;
    }

    private ProblemHttpResult Unauthorized(HttpContext context, string reason)
    {
        BotFrameworkLog.RequestRejected(logger, StatusCodes.Status401Unauthorized, reason);
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized",
            detail: "A valid Bot Framework channel token for this bot is required.");
    }

    private static ProblemHttpResult BadRequest() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Malformed activity",
        detail: "The body must be a Bot Framework activity in JSON with a type.");
}
