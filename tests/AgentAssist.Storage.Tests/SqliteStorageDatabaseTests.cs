using System.Globalization;

namespace AgentAssist.Storage.Tests;

public sealed class SqliteStorageDatabaseTests
{
    [Theory]
    [InlineData("PRAGMA journal_mode;", "wal")]
    [InlineData("PRAGMA busy_timeout;", "12000")]
    [InlineData("PRAGMA foreign_keys;", "1")]
    [InlineData("PRAGMA synchronous;", "1")]
    [InlineData("PRAGMA wal_autocheckpoint;", "0")]
    public async Task OpenConnectionAsync_NewFileInNewFolder_WalBusyTimeoutForeignKeys(string pragma, string expected)
    {
        var folder = Path.Combine(Path.GetTempPath(), "agentassist-storage-tests", Guid.NewGuid().ToString("N"), "nested");
        await using (var database = new SqliteStorageDatabase(Path.Combine(folder, "a.db"), TimeSpan.FromSeconds(12)))
        {
            await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
            await using var command = StorageDatabase.Command(connection, null, pragma);

            var value = Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);

            Assert.Equal(expected, value);
            Assert.True(File.Exists(Path.Combine(folder, "a.db")));
        }

        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }

    [Fact]
    public async Task Commits_WithBackgroundCheckpoints_WalRestartsInsteadOfGrowing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "agentassist-storage-tests", Guid.NewGuid().ToString("N"));
        await using (var database = new SqliteStorageDatabase(Path.Combine(folder, "a.db"), TimeSpan.FromSeconds(10)))
        {
            await WriteAsync(database, "CREATE TABLE t (v TEXT NOT NULL);");
            for (var i = 0; i < 300; i++)
            {
                await WriteAsync(database, "INSERT INTO t (v) VALUES (hex(randomblob(200)));");
            }

            // No commit checkpoints on its own (autocheckpoint is off); the background one runs every second.
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            await WriteAsync(database, "INSERT INTO t (v) VALUES ('after');");
            var (logFrames, checkpointed) = await database.CheckpointAsync(CancellationToken.None);

            Assert.InRange(logFrames, 1, 20);
            Assert.Equal(logFrames, checkpointed);
        }

        Directory.Delete(folder, recursive: true);
    }

    private static async Task WriteAsync(StorageDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = StorageDatabase.Command(connection, null, sql);
        await command.ExecuteNonQueryAsync();
    }
}
