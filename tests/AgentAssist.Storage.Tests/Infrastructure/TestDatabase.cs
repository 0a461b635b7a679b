using AgentAssist.Storage.Approvals;
using AgentAssist.Storage.Migrations;
using Npgsql;

namespace AgentAssist.Storage.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test: a SQLite file in a fresh temp folder, or a fresh schema in the PostgreSQL database
/// named by <c>AGENTASSIST_TEST_POSTGRES</c>. <see cref="Open"/> gives another <see cref="StorageDatabase"/> on the same
/// data, as a second bot instance would have.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "AGENTASSIST_TEST_POSTGRES";

    private readonly List<StorageDatabase> _opened = [];
    private readonly string? _folder;
    private readonly string? _adminConnectionString;
    private readonly string? _schema;

    private TestDatabase(StorageProvider provider, string target, string? folder, string? adminConnectionString, string? schema)
    {
        Provider = provider;
        Target = target;
        _folder = folder;
        _adminConnectionString = adminConnectionString;
        _schema = schema;
    }

    public StorageProvider Provider { get; }

    /// <summary>The SQLite file path, or the PostgreSQL connection string with the test's search path.</summary>
    public string Target { get; }

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string SkipReason => $"{PostgresVariable} is not set; .ci/run starts a PostgreSQL and sets it.";

    /// <summary>A fresh database, or <see langword="null"/> for PostgreSQL when no server is configured.</summary>
    public static async Task<TestDatabase?> CreateAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "agentassist-storage-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase(provider, Path.Combine(folder, "agentassist.db"), folder, null, null);
        }

        if (PostgresConnectionString is not { } admin)
        {
            return null;
        }

        var schema = "test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema};", connection);
            await create.ExecuteNonQueryAsync();
        }

        var target = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema, MaxPoolSize = 40 }.ConnectionString;
        return new TestDatabase(provider, target, null, admin, schema);
    }

    /// <summary>Another handle on the same data (its own connection pool).</summary>
    public StorageDatabase Open()
    {
        StorageDatabase database = Provider == StorageProvider.Sqlite
            ? new SqliteStorageDatabase(Target, TimeSpan.FromSeconds(30))
            : new PostgresStorageDatabase(Target);
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    /// <summary>Opens a handle and applies the approval migrations.</summary>
    public async Task<StorageDatabase> OpenMigratedAsync()
    {
        var database = Open();
        await new MigrationRunner(database, ApprovalMigrations.All, TimeProvider.System).ApplyAsync(CancellationToken.None);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still mapped by SQLite on another thread; the temp folder is cleaned by the OS.
            }
        }

        if (_adminConnectionString is not null)
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
