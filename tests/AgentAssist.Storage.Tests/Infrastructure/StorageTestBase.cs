namespace AgentAssist.Storage.Tests.Infrastructure;

/// <summary>
/// Base of the contract suites: each test gets its own database of <see cref="Provider"/>; PostgreSQL tests skip (and
/// say why) when no server is configured.
/// </summary>
public abstract class StorageTestBase : IAsyncLifetime
{
    private TestDatabase? _database;

    protected abstract StorageProvider Provider { get; }

    protected ManualTimeProvider Time { get; } = new();

    /// <summary>The test's database; skips the test when its provider is not available.</summary>
    protected TestDatabase Database
    {
        get
        {
            Skip.If(_database is null, TestDatabase.SkipReason);
            return _database!;
        }
    }

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(Provider);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
