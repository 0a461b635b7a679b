using System.Threading.Channels;
using AgentAssist.Core.Audit;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Serialization;

namespace AgentAssist.Bot.Audit;

/// <summary>
/// Appends an audit event for every check (Teams and the HTTP API) without making the check wait for the database: the
/// event is queued here and written by a background loop. The draft text is not kept for checks: the verdict's outcome
/// and rule ids say what the audit needs, and approvals keep their own draft within the retention period.
/// </summary>
internal sealed partial class CheckAuditor(IAuditLog audit, TimeProvider time, ILogger<CheckAuditor> logger) : BackgroundService
{
    /// <summary>Events waiting to be written; past this a burst's events are dropped and counted rather than holding checks up.</summary>
    public const int Capacity = 10_000;

    private readonly Channel<AuditEvent> _queue = Channel.CreateBounded<AuditEvent>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private long _dropped;

    /// <summary>Queues the audit event of a check by <paramref name="actorId"/> (a user id, or <c>api</c>) from <paramref name="source"/>.</summary>
    public void Record(Verdict verdict, string actorId, string? actorName, string source)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var auditEvent = new AuditEvent(time.GetUtcNow(), AuditEventKind.Check, actorId)
        {
            ActorName = actorName,
            Outcome = VerdictDocument.Name(verdict.Outcome),
            RuleIds = verdict.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToList(),
            Detail = source + " " + verdict.Channel.Id + " " + verdict.Language,
        };
        if (!_queue.Writer.TryWrite(auditEvent))
        {
            LogDropped(logger, Interlocked.Increment(ref _dropped));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var auditEvent in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await audit.AppendAsync(auditEvent, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogWriteFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: events still queued are lost, like the checks in flight.
        }
    }

    [LoggerMessage(EventId = 2310, Level = LogLevel.Warning, Message = "The check audit queue is full; {Dropped} check events dropped so far")]
    private static partial void LogDropped(ILogger logger, long dropped);

    [LoggerMessage(EventId = 2311, Level = LogLevel.Error, Message = "Could not append a check to the audit log")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception);
}
