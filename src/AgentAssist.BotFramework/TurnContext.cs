using System.Security.Claims;

namespace AgentAssist.BotFramework;

/// <summary>
/// What the endpoint established about an activity. <see cref="Identity"/> holds the channel
/// token's claims; it is null when the endpoint runs unauthenticated on loopback.
/// </summary>
public sealed record TurnContext(string? ServiceUrl, string? ChannelId, ClaimsIdentity? Identity)
{
    public bool IsAuthenticated => Identity is not null;
}
