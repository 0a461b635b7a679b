using System.Globalization;
using AgentAssist.Bot.Approvals;
using AgentAssist.Core.Approvals;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Outbox;

/// <summary>
/// Sends the outbox through the senders, by message kind, on every instance at once. Each message is leased: the lease
/// is renewed (and so checked) just before the message is sent and every third of a lease while a send takes long, so
/// a slow channel never lets another instance send it too. A send's result is recorded with it (a posted card with the
/// delivery, in one transaction); when the database cannot take the result, the dispatcher keeps it and records it
/// before claiming anything else, instead of sending the message again. A refusal puts the message back with backoff
/// (at least the channel's Retry-After). On shutdown the message in flight is finished and the rest given back.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IOutbox outbox,
    IEnumerable<IOutboxSender> senders,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IOptions<TeamsApprovalOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 16;

    private static readonly TimeSpan FirstStoreRetry = TimeSpan.FromMilliseconds(250);

    private readonly string _owner = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private readonly Dictionary<string, IOutboxSender> _senders = senders
        .SelectMany(s => s.Kinds.Select(k => (Kind: k, Sender: s)))
        .ToDictionary(p => p.Kind, p => p.Sender, StringComparer.Ordinal);

    /// <summary>Results the channel gave that the database has not taken yet, recorded before the next claim.</summary>
    private readonly List<(OutboxMessage Message, OutboxSendResult Result)> _unrecorded = [];

    /// <summary>Cancels a send in flight only when the host's shutdown timeout runs out.</summary>
    private readonly CancellationTokenSource _abortSends = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(_abortSends.Cancel).ConfigureAwait(false))
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override void Dispose()
    {
        _abortSends.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_senders.Values.Any(s => s.Enabled))
        {
            return;
        }

        var storeDelay = FirstStoreRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            int claimed;
            try
            {
                claimed = await DispatchOnceAsync(stoppingToken).ConfigureAwait(false);
                storeDelay = FirstStoreRetry;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The store is unreachable (database restarting): try again soon, then less often.
                LogStoreFailed(logger, e);
                claimed = 0;
                storeDelay = TimeSpan.FromTicks(Math.Min(storeDelay.Ticks * 2, options.Value.OutboxPollInterval.Ticks * 5));
            }

            if (claimed == 0)
            {
                try
                {
                    var wait = _unrecorded.Count > 0 ? storeDelay : options.Value.OutboxPollInterval;
                    await signal.WaitAsync(wait, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        await RecordPendingAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Records any results held back, claims the due messages and sends each; returns how many were claimed.</summary>
    internal async Task<int> DispatchOnceAsync(CancellationToken stoppingToken)
    {
        await RecordPendingAsync(stoppingToken).ConfigureAwait(false);
        if (_unrecorded.Count > 0)
        {
            return 0;
        }

        var lease = options.Value.OutboxLease;
        var claimed = await outbox.ClaimAsync(_owner, BatchSize, lease, stoppingToken).ConfigureAwait(false);
        for (var i = 0; i < claimed.Count; i++)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                await ReleaseAsync(claimed.Skip(i)).ConfigureAwait(false);
                break;
            }

            // A store error here leaves the rest leased to this dispatcher, which claims them again next time.
            if (!await outbox.RenewAsync(claimed[i].Id, _owner, lease, stoppingToken).ConfigureAwait(false))
            {
                metrics.LeaseLost(claimed[i].Kind);
                LogLeaseLost(logger, claimed[i].Kind, claimed[i].CorrelationId);
                continue;
            }

            await DeliverOneAsync(claimed[i], lease).ConfigureAwait(false);
        }

        return claimed.Count;
    }

    private async Task DeliverOneAsync(OutboxMessage message, TimeSpan lease)
    {
        if (message.LeaseExpired)
        {
            metrics.Redelivered(message.Kind);
            LogRedelivery(logger, message.Kind, message.CorrelationId, message.Attempts);
        }

        OutboxSendResult result;
        using (var renewing = new CancellationTokenSource())
        {
            var renewal = KeepLeaseAsync(message, lease, renewing.Token);
            try
            {
                result = _senders.TryGetValue(message.Kind, out var sender) && sender.Enabled
                    ? await sender.SendAsync(message, _abortSends.Token).ConfigureAwait(false)
                    : OutboxSendResult.Failed("no sender for this kind on this instance");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store failed before anything was sent (senders read the request first): try again later.
                LogSendFailed(logger, message.Kind, message.CorrelationId, e);
                result = OutboxSendResult.Failed("store error before sending");
            }
            finally
            {
                await renewing.CancelAsync().ConfigureAwait(false);
                await renewal.ConfigureAwait(false);
            }
        }

        if (result.Failure is null)
        {
            metrics.Sent(message.Kind);
        }

        _unrecorded.Add((message, result));
        await RecordPendingAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Renews the lease every third of it while a send takes long (connector retries, a slow channel).</summary>
    private async Task KeepLeaseAsync(OutboxMessage message, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, time, cancellationToken).ConfigureAwait(false);
                if (!await outbox.RenewAsync(message.Id, _owner, lease, cancellationToken).ConfigureAwait(false))
                {
                    LogLeaseLost(logger, message.Kind, message.CorrelationId);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            // The database is away; the send goes on, and its result is kept until it can be recorded.
            LogStoreFailed(logger, e);
        }
    }

    /// <summary>Records the results held back, oldest first; stops at the first store error and keeps the rest.</summary>
    private async Task RecordPendingAsync(CancellationToken cancellationToken)
    {
        while (_unrecorded.Count > 0)
        {
            var (message, result) = _unrecorded[0];
            try
            {
                await RecordAsync(message, result, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRecordFailed(logger, message.Kind, message.CorrelationId, e);
                return;
            }

            _unrecorded.RemoveAt(0);
        }
    }

    private async Task RecordAsync(OutboxMessage message, OutboxSendResult result, CancellationToken cancellationToken)
    {
        if (result.Failure is null)
        {
            var marked = result.PostedCard is { } card
                ? await outbox.MarkPostedAsync(message.Id, _owner, card, cancellationToken).ConfigureAwait(false)
                : await outbox.MarkDeliveredAsync(message.Id, _owner, cancellationToken).ConfigureAwait(false);
            if (marked)
            {
                LogDelivered(logger, message.Kind, message.CorrelationId, message.Attempts);
            }
            else
            {
                LogLeaseLost(logger, message.Kind, message.CorrelationId);
            }

            return;
        }

        metrics.Failed(message.Kind);
        var failed = await outbox.MarkFailedAsync(message.Id, _owner, result.Failure, result.RetryAfter, cancellationToken).ConfigureAwait(false);
        if (failed.State == OutboxMessageState.DeadLettered)
        {
            metrics.DeadLettered(message.Kind);
            LogDeadLettered(logger, message.Kind, message.CorrelationId, message.Attempts, result.Failure);
        }
        else
        {
            LogWillRetry(logger, message.Kind, message.CorrelationId, message.Attempts, result.Failure, failed.NextAttemptAt);
        }
    }

    private async Task ReleaseAsync(IEnumerable<OutboxMessage> messages)
    {
        foreach (var message in messages)
        {
            try
            {
                await outbox.ReleaseAsync(message.Id, _owner, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not given back: another instance sends it when the lease runs out.
                LogStoreFailed(logger, e);
                return;
            }
        }
    }

    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Sent outbox message {Kind} for approval {RequestId} (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string kind, string? requestId, int attempt);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Outbox message {Kind} for approval {RequestId} failed on attempt {Attempt} ({Error}); next attempt at {NextAttemptAt}")]
    private static partial void LogWillRetry(ILogger logger, string kind, string? requestId, int attempt, string error, DateTimeOffset? nextAttemptAt);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Error, Message = "Outbox message {Kind} for approval {RequestId} failed on attempt {Attempt} ({Error}) and was dead-lettered")]
    private static partial void LogDeadLettered(ILogger logger, string kind, string? requestId, int attempt, string error);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Error, Message = "The outbox could not be read; retrying shortly")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2207, Level = LogLevel.Warning, Message = "Outbox message {Kind} for approval {RequestId}: the lease was no longer held, so this instance did not send or record it")]
    private static partial void LogLeaseLost(ILogger logger, string kind, string? requestId);

    [LoggerMessage(EventId = 2208, Level = LogLevel.Warning, Message = "Outbox message {Kind} for approval {RequestId} is sent again (attempt {Attempt}): the instance that had it lost its lease without recording a result, so the channel may show it twice")]
    private static partial void LogRedelivery(ILogger logger, string kind, string? requestId, int attempt);

    [LoggerMessage(EventId = 2209, Level = LogLevel.Warning, Message = "The result of outbox message {Kind} for approval {RequestId} could not be recorded yet; it is kept and recorded when the database answers")]
    private static partial void LogRecordFailed(ILogger logger, string kind, string? requestId, Exception exception);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Warning, Message = "Outbox message {Kind} for approval {RequestId} was not sent: the store failed first")]
    private static partial void LogSendFailed(ILogger logger, string kind, string? requestId, Exception exception);
}
