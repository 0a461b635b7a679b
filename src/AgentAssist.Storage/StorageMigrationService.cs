using AgentAssist.Storage.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Storage;

/// <summary>Applies the schema migrations when the host starts, before it serves requests.</summary>
internal sealed class StorageMigrationService(MigrationRunner runner, StorageDatabase database, ILogger<StorageMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await runner.ApplyAsync(cancellationToken).ConfigureAwait(false);
        StorageLog.StorageReady(logger, database.Provider, applied.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
