using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Outbox;

/// <summary>What sending one outbox message came to.</summary>
/// <param name="Failure">Why the channel did not take it (status and error code, never text); null when it did.</param>
/// <param name="RetryAfter">The channel's Retry-After, when it asked to wait.</param>
/// <param name="PostedCard">The card the message posted, recorded with the delivery so it is updated later.</param>
internal sealed record OutboxSendResult(string? Failure = null, TimeSpan? RetryAfter = null, ApprovalCardReference? PostedCard = null)
{
    public static OutboxSendResult Done { get; } = new();

    public static OutboxSendResult Posted(ApprovalCardReference card) => new(PostedCard: card);

    public static OutboxSendResult Failed(string failure, TimeSpan? retryAfter = null) => new(failure, retryAfter);
}
