namespace AgentAssist.Core.Approvals;

/// <summary>A message in the outbox, as a dispatcher claims it.</summary>
/// <param name="Id">The message id (time-ordered, unique).</param>
/// <param name="Kind">What to do; see <see cref="NewOutboxMessage.Kind"/>.</param>
/// <param name="Target">Where to; see <see cref="NewOutboxMessage.Target"/>.</param>
/// <param name="Payload">The JSON document as enqueued.</param>
/// <param name="CorrelationId">The approval request it is about, if any.</param>
/// <param name="CreatedAt">When it was enqueued.</param>
/// <param name="Attempts">How many times it has been claimed, this claim included.</param>
/// <param name="State">Pending, delivered or dead-lettered.</param>
public sealed record OutboxMessage(
    string Id,
    string Kind,
    string Target,
    string Payload,
    string? CorrelationId,
    DateTimeOffset CreatedAt,
    int Attempts,
    OutboxMessageState State)
{
    /// <summary>Who holds the lease (the dispatcher's owner name), while leased.</summary>
    public string? LeaseOwner { get; init; }

    /// <summary>When the lease runs out; another dispatcher may claim the message after that.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>The earliest time of the next attempt.</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>The last failure's description (status code, error code); never a message's text.</summary>
    public string? LastError { get; init; }

    /// <summary>
    /// Whether this claim took the message from a dispatcher whose lease ran out without a result (it crashed or lost
    /// the database after sending): the channel may already show it, and sending it again may show it twice.
    /// </summary>
    public bool LeaseExpired { get; init; }
}
