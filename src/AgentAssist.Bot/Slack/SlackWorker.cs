namespace AgentAssist.Bot.Slack;

/// <summary>Does the queued Slack work, a few items at a time, each in its own scope; a failure is logged by type and the next item goes on.</summary>
internal sealed partial class SlackWorker(SlackWorkQueue queue, IServiceScopeFactory scopes, ILogger<SlackWorker> logger) : BackgroundService
{
    private const int Parallelism = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            queue.Reader.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken },
            async (work, cancellationToken) =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await work(scope.ServiceProvider.GetRequiredService<SlackAgentHandler>(), cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception e)
                {
                    // Logged by type only: an exception's message may quote a draft.
                    LogFailed(logger, e.GetType().Name);
                }
            });

    [LoggerMessage(EventId = 4100, Level = LogLevel.Error, Message = "Slack work failed with {ExceptionType}; the next item goes on")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
