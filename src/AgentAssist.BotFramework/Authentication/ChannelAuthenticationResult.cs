using System.Security.Claims;
using AgentAssist.BotFramework.Schema;

namespace AgentAssist.BotFramework.Authentication;

/// <summary>
/// Outcome of checking a request's bearer token. A valid token still has to match the activity
/// it came with (<see cref="Authorize"/>): its <c>serviceurl</c> claim and its key's endorsements.
/// </summary>
internal sealed record ChannelAuthenticationResult
{
    private ChannelAuthenticationResult()
    {
    }

    public ClaimsIdentity? Identity { get; private init; }

    public string? ServiceUrlClaim { get; private init; }

    /// <summary>Channel ids the signing key is endorsed for; empty means any channel.</summary>
    public IReadOnlyList<string> Endorsements { get; private init; } = [];

    /// <summary>Why the request is refused; null when it is accepted.</summary>
    public string? FailureReason { get; private init; }

    /// <summary>True when the keys could not be loaded: the token could not be judged at all.</summary>
    public bool MetadataUnavailable { get; private init; }

    public bool Succeeded => FailureReason is null;

    public bool IsAnonymous => Succeeded && Identity is null;

    public static ChannelAuthenticationResult Anonymous { get; } = new();

    public static ChannelAuthenticationResult Authenticated(ClaimsIdentity identity, string? serviceUrlClaim, IReadOnlyList<string> endorsements) =>
        new() { Identity = identity, ServiceUrlClaim = serviceUrlClaim, Endorsements = endorsements };

    public static ChannelAuthenticationResult Fail(string reason) => new() { FailureReason = reason };

    public static ChannelAuthenticationResult Unavailable() =>
        new() { FailureReason = "the channel's OpenID metadata could not be loaded", MetadataUnavailable = true };

    /// <summary>Returns why <paramref name="activity"/> may not be accepted with this token, or null.</summary>
    public string? Authorize(Activity activity)
    {
        if (!Succeeded)
        {
            return FailureReason;
        }

        if (IsAnonymous)
        {
            return null;
        }

        if (ServiceUrlClaim is null || !string.Equals(ServiceUrlClaim, activity.ServiceUrl, StringComparison.Ordinal))
        {
            return "the token's serviceurl claim does not match the activity's serviceUrl";
        }

        if (Endorsements.Count > 0 && (activity.ChannelId is null || !Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal)))
        {
            return "the signing key is not endorsed for the activity's channel";
        }

        return null;
    }
}
