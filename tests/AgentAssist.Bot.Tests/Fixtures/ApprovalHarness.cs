namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>
/// The real host with approvals on (<see cref="ApprovalBotFactory"/>), its own SQLite file and a loopback connector,
/// for test classes that drive the approval flow end to end.
/// </summary>
internal sealed class ApprovalHarness : IAsyncDisposable
{
    private readonly TempDatabase _database;

    private ApprovalHarness(TempDatabase database, LoopbackConnector connector, ApprovalBotFactory host)
    {
        _database = database;
        Connector = connector;
        Host = host;
    }

    public LoopbackConnector Connector { get; }

    public ApprovalBotFactory Host { get; }

    /// <param name="settings">Settings on top of the factory's own, given the connector.</param>
    public static async Task<ApprovalHarness> StartAsync(Func<LoopbackConnector, IReadOnlyDictionary<string, string?>>? settings = null)
    {
        var database = new TempDatabase();
        var connector = await LoopbackConnector.StartAsync();
        return new ApprovalHarness(database, connector, new ApprovalBotFactory(connector, database.Path, settings: settings?.Invoke(connector)));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        _database.Dispose();
    }
}
