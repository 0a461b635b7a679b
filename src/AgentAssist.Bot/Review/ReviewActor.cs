namespace AgentAssist.Bot.Review;

/// <summary>Who asked for a review, and through which door, for the audit log.</summary>
/// <param name="Id">The user's id (Teams AAD object id or channel id), or <c>api</c> for HTTP clients.</param>
/// <param name="Name">The user's display name, when known.</param>
/// <param name="Source">The door: <c>api</c>, <c>teams</c>…; recorded in the audit event and the log line.</param>
public sealed record ReviewActor(string Id, string? Name, string Source)
{
    /// <summary>An HTTP API client: the API does not know who its callers are.</summary>
    public static ReviewActor Api { get; } = new("api", null, "api");
}
