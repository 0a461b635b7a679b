using System.Diagnostics.Metrics;

namespace AgentAssist.Bot.Outbox;

/// <summary>
/// The outbox's counters on the <c>AgentAssist</c> meter, tagged with the message kind. <c>agentassist.outbox.redelivered</c>
/// counts the sends that may show twice in the channel: a message sent again after its dispatcher lost the lease
/// without recording the result (it crashed, or could not reach the database for longer than a lease, after the
/// channel took the message). The Bot Framework connector has no idempotency key, so these cannot be avoided, only counted.
/// </summary>
internal sealed class OutboxMetrics
{
    public const string MeterName = "AgentAssist";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _redelivered;
    private readonly Counter<long> _leaseLost;

    public OutboxMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _sent = meter.CreateCounter<long>("agentassist.outbox.sent", "{message}", "Outbox messages the channel accepted.");
        _failed = meter.CreateCounter<long>("agentassist.outbox.failed", "{attempt}", "Outbox attempts the channel refused or did not answer; retried later.");
        _deadLettered = meter.CreateCounter<long>("agentassist.outbox.dead_lettered", "{message}", "Outbox messages given up after their last attempt.");
        _redelivered = meter.CreateCounter<long>("agentassist.outbox.redelivered", "{message}", "Outbox messages sent again after another dispatcher lost its lease: the channel may show them twice.");
        _leaseLost = meter.CreateCounter<long>("agentassist.outbox.lease_lost", "{message}", "Claimed outbox messages not sent because the lease was no longer held.");
    }

    public void Sent(string kind) => _sent.Add(1, Tag(kind));

    public void Failed(string kind) => _failed.Add(1, Tag(kind));

    public void DeadLettered(string kind) => _deadLettered.Add(1, Tag(kind));

    public void Redelivered(string kind) => _redelivered.Add(1, Tag(kind));

    public void LeaseLost(string kind) => _leaseLost.Add(1, Tag(kind));

    private static KeyValuePair<string, object?> Tag(string kind) => new("kind", kind);
}
