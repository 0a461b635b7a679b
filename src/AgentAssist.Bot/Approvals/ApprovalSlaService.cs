using AgentAssist.Core.Approvals;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// The SLA in the background: every <see cref="TeamsApprovalOptions.SlaPollInterval"/> (on the <see cref="TimeProvider"/>'s
/// clock) it reminds the supervisors of requests nearing their due time and escalates those past it, through the outbox
/// and audited (<see cref="ApprovalService.SweepAsync"/>); and it purges draft text older than the retention period.
/// Several instances may run it at once: each request is reminded and escalated once.
/// </summary>
internal sealed partial class ApprovalSlaService(
    ApprovalService approvals,
    DraftRetention retention,
    OutboxSignal outbox,
    IOptions<TeamsApprovalOptions> options,
    ApprovalOptions core,
    TimeProvider time,
    ILogger<ApprovalSlaService> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>How often draft text past retention is purged.</summary>
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSweepFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.Value.SlaPollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: remind, escalate, and purge when an hour has passed since the last purge.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await approvals.SweepAsync(BatchSize, cancellationToken).ConfigureAwait(false);
        if (result.Reminded + result.Escalated > 0)
        {
            LogSwept(logger, result.Reminded, result.Escalated);
            outbox.Notify();
        }

        var now = time.GetUtcNow();
        if (now - _lastPurge >= PurgeInterval)
        {
            _lastPurge = now;
            var purged = await retention.PurgeAsync(cancellationToken).ConfigureAwait(false);
            if (purged.Requests + purged.AuditEvents > 0)
            {
                LogPurged(logger, purged.AuditEvents, purged.Requests, core.DraftRetention);
            }
        }
    }

    [LoggerMessage(EventId = 2210, Level = LogLevel.Information, Message = "SLA: reminded {Reminded} and escalated {Escalated} approval requests")]
    private static partial void LogSwept(ILogger logger, int reminded, int escalated);

    [LoggerMessage(EventId = 2211, Level = LogLevel.Information, Message = "Retention: purged the draft text of {Events} audit events and {Requests} approval requests older than {Retention}")]
    private static partial void LogPurged(ILogger logger, int events, int requests, TimeSpan retention);

    [LoggerMessage(EventId = 2212, Level = LogLevel.Error, Message = "SLA sweep failed; retrying at the next poll")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
