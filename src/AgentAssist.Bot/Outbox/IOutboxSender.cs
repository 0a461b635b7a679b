using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Outbox;

/// <summary>
/// Sends the outbox messages of one channel. <see cref="OutboxDispatcher"/> leases, renews, retries and records; a
/// sender only turns a message of one of its <see cref="Kinds"/> into calls to its channel.
/// </summary>
internal interface IOutboxSender
{
    /// <summary>The <see cref="NewOutboxMessage.Kind"/>s this sender sends.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    /// <summary>Whether the channel is configured here; the dispatcher runs when any sender is.</summary>
    bool Enabled { get; }

    /// <summary>
    /// Sends one message. Refusals and unreachable channels are results, not exceptions; a store error is thrown (the
    /// dispatcher tries the message again later).
    /// </summary>
    Task<OutboxSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
