using AgentAssist.Testing;

namespace AgentAssist.LoadTests;

/// <summary>Stops every bot process of a run when the run ends.</summary>
internal sealed class BotProcesses(IReadOnlyList<BotProcess> processes) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync().ConfigureAwait(false);
        }
    }
}
