using System.Globalization;

namespace AgentAssist.Storage.Tests;

public sealed class SqliteStorageDatabaseTests
{
    [Theory]
    [InlineData("PRAGMA journal_mode;", "wal")]
    [InlineData("PRAGMA busy_timeout;", "12000")]
    [InlineData("PRAGMA foreign_keys;", "1")]
    [InlineData("PRAGMA synchronous;", "1")]
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
}
