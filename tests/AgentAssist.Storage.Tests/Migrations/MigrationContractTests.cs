using System.Data.Common;
using AgentAssist.Storage.Approvals;
using AgentAssist.Storage.Migrations;
using AgentAssist.Storage.Tests.Infrastructure;

namespace AgentAssist.Storage.Tests.Migrations;

/// <summary>Schema migrations on each provider: applied once, in order, also when instances start together.</summary>
public abstract class MigrationContractTests : StorageTestBase
{
    private static readonly Migration Extra = new(2000, "customer notes",
        "CREATE TABLE customer_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL);",
        "CREATE TABLE customer_notes (id bigint PRIMARY KEY, note text NOT NULL);");

    private static async Task<List<(int Version, string Name)>> VersionsAsync(StorageDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var select = StorageDatabase.Command(connection, null, "SELECT version, name FROM schema_version ORDER BY version;");
        await using var reader = await select.ExecuteReaderAsync();
        var versions = new List<(int, string)>();
        while (await reader.ReadAsync())
        {
            versions.Add((Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1)));
        }

        return versions;
    }

    [SkippableFact]
    public async Task ApplyAsync_Twice_SecondRunAppliesNothing()
    {
        var database = Database.Open();
        var runner = new MigrationRunner(database, ApprovalMigrations.All, Time);

        var first = await runner.ApplyAsync(CancellationToken.None);
        var second = await runner.ApplyAsync(CancellationToken.None);

        Assert.Equal([1000, 1001, 1002, 1003], first.Select(m => m.Version));
        Assert.Empty(second);
        Assert.Equal([(1000, "approvals"), (1001, "outbox"), (1002, "audit"), (1003, "request keys and lost leases")], await VersionsAsync(database));
    }

    [SkippableFact]
    public async Task ApplyAsync_FeatureAddsLaterMigration_OnlyTheNewOneRuns()
    {
        var database = Database.Open();
        await new MigrationRunner(database, ApprovalMigrations.All, Time).ApplyAsync(CancellationToken.None);

        var applied = await new MigrationRunner(database, [Extra, .. ApprovalMigrations.All], Time).ApplyAsync(CancellationToken.None);

        Assert.Equal([2000], applied.Select(m => m.Version));
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var insert = StorageDatabase.Command(connection, null, "INSERT INTO customer_notes (id, note) VALUES (1, 'prefers email');");
        Assert.Equal(1, await insert.ExecuteNonQueryAsync());
    }

    [SkippableFact]
    public async Task ApplyAsync_EightInstancesStartTogether_EachMigrationAppliedOnce()
    {
        var runners = Enumerable.Range(0, 8).Select(_ => new MigrationRunner(Database.Open(), [.. ApprovalMigrations.All, Extra], Time)).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var runs = runners.Select(r => Task.Run(async () =>
        {
            await start.Task;
            return await r.ApplyAsync(CancellationToken.None);
        })).ToList();
        start.SetResult();
        var applied = (await Task.WhenAll(runs)).SelectMany(a => a).Select(m => m.Version).ToList();

        Assert.Equal([1000, 1001, 1002, 1003, 2000], applied.Order());
        Assert.Equal(5, (await VersionsAsync(Database.Open())).Count);
    }

    [SkippableFact]
    public async Task ApplyAsync_FailingMigration_EarlierOnesKeptFailingOneNotRecorded()
    {
        var database = Database.Open();
        var broken = new Migration(3000, "broken", "CREATE TABLE nope (;", "CREATE TABLE nope (;");

        await Assert.ThrowsAnyAsync<DbException>(() => new MigrationRunner(database, [.. ApprovalMigrations.All, broken], Time).ApplyAsync(CancellationToken.None));
        var retry = await new MigrationRunner(database, ApprovalMigrations.All, Time).ApplyAsync(CancellationToken.None);

        // SQLite runs all pending migrations in one transaction, PostgreSQL one transaction each.
        Assert.Equal(Provider == StorageProvider.Sqlite ? 4 : 0, retry.Count);
        Assert.Equal([1000, 1001, 1002, 1003], (await VersionsAsync(database)).Select(v => v.Version));
    }

    [SkippableFact]
    public async Task ApplyAsync_RecordedUnderAnotherName_ThrowsWithFix()
    {
        var database = Database.Open();
        await new MigrationRunner(database, ApprovalMigrations.All, Time).ApplyAsync(CancellationToken.None);
        var renamed = ApprovalMigrations.All.Select(m => m.Version == 1001 ? m with { Name = "outbox v2" } : m);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new MigrationRunner(database, renamed, Time).ApplyAsync(CancellationToken.None));

        Assert.Contains("1001", error.Message, StringComparison.Ordinal);
        Assert.Contains("add a new one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoFeaturesSameVersion_ArgumentExceptionNamingBoth()
    {
        var clash = Extra with { Name = "other feature" };

        var error = Assert.Throws<ArgumentException>(() => new MigrationRunner(new SqliteStorageDatabase(Path.Combine(Path.GetTempPath(), "unused.db"), TimeSpan.FromSeconds(1)), [Extra, clash], Time));

        Assert.Contains("'customer notes' and 'other feature' share version 2000", error.Message, StringComparison.Ordinal);
    }
}
