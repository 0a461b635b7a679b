using AgentAssist.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgentAssist.Bot.Health;

/// <summary>
/// Ready only while the database answers a query within <see cref="Timeout"/>: an instance that cannot reach it would
/// answer decisions and requests with 500, so the load balancer should send them elsewhere.
/// </summary>
internal sealed class StorageHealthCheck(StorageDatabase database) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var connection = await database.OpenConnectionAsync(timeout.Token).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await using var command = StorageDatabase.Command(connection, null, "SELECT 1;");
                await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false);
                return HealthCheckResult.Healthy($"{database.Provider} answers");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception type only: connection errors can name hosts and users, which a public probe should not show.
            return HealthCheckResult.Unhealthy($"{database.Provider} does not answer ({e.GetType().Name})");
        }
    }
}
