namespace AgentAssist.Core.Approvals;

/// <summary>
/// Messages to send to a channel, persisted in the same database as the approvals (decisions enqueue theirs in the same
/// transaction through <see cref="IApprovalStore"/>). Several dispatchers (one per bot instance) may run at once: a claim
/// leases messages exclusively until the lease expires, so a crashed dispatcher's messages are sent by another later.
/// Delivery is at least once: a dispatcher renews its lease before each send and while a send takes long, so a message
/// is sent twice only when its dispatcher lost its lease without recording the result (it crashed, or lost the database
/// longer than a lease, after the channel took the message); such claims carry <see cref="OutboxMessage.LeaseExpired"/>.
/// </summary>
public interface IOutbox
{
    /// <summary>Enqueues messages on their own (for messages not tied to a decision).</summary>
    Task EnqueueAsync(IReadOnlyList<NewOutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="maxCount"/> due messages to <paramref name="owner"/> for <paramref name="lease"/>,
    /// oldest first, and counts the attempt. A message is due when pending, its next attempt time has come, it is not
    /// leased (or its lease expired) and no earlier message with the same correlation id is pending. A message whose
    /// lease expired after its last allowed attempt is dead-lettered instead of claimed. Messages still leased to
    /// <paramref name="owner"/> itself (left by a batch it abandoned on a store error) are claimed again.
    /// </summary>
    /// <param name="owner">A name unique to the dispatcher (instance name plus a random part).</param>
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string owner, int maxCount, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks a message sent. Returns <see langword="false"/> when <paramref name="owner"/> no longer held the lease (nothing changed).</summary>
    Task<bool> MarkDeliveredAsync(string id, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a message sent that posted <paramref name="card"/>, and remembers the card for the message's approval
    /// request (its correlation id) in the same transaction, so a card once posted is always updated later. The card is
    /// remembered even when <paramref name="owner"/> no longer held the lease; the return value says whether the message
    /// was marked.
    /// </summary>
    Task<bool> MarkPostedAsync(string id, string owner, ApprovalCardReference card, CancellationToken cancellationToken);

    /// <summary>
    /// Extends <paramref name="owner"/>'s lease on a pending message to <paramref name="lease"/> from now. Returns
    /// <see langword="false"/> when the lease is no longer held (it expired and another dispatcher claimed the message,
    /// or the message was completed): the caller must not send it.
    /// </summary>
    Task<bool> RenewAsync(string id, string owner, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back <paramref name="owner"/>'s lease on a message it claimed but did not send (shutting down): it is due
    /// again at once for another dispatcher, and the claim does not count as an attempt.
    /// </summary>
    Task ReleaseAsync(string id, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt: the message is retried after the policy's backoff (at least <paramref name="retryAfter"/>)
    /// or dead-lettered when it has had its last attempt. <paramref name="failure"/> (status code, error code) must not contain message text.
    /// </summary>
    Task<OutboxFailureResult> MarkFailedAsync(string id, string owner, string failure, TimeSpan? retryAfter, CancellationToken cancellationToken);

    /// <summary>Gets one message, whatever its state; <see langword="null"/> when there is none with that id.</summary>
    Task<OutboxMessage?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Messages about one approval request, in the order they were enqueued.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListByCorrelationAsync(string correlationId, CancellationToken cancellationToken);

    /// <summary>Dead-lettered messages, oldest first, for an operator.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListDeadLetteredAsync(int maxCount, CancellationToken cancellationToken);
}
