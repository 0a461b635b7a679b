using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AgentAssist.Storage;

/// <summary>
/// A SQLite file in WAL mode (readers never wait for the writer), with a busy timeout so writers queue instead of
/// failing, foreign keys on, and pooled connections.
/// </summary>
public sealed class SqliteStorageDatabase : StorageDatabase
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private int _walSet;

    /// <summary>Uses (and creates, with its folder) the SQLite file at <paramref name="path"/>.</summary>
    public SqliteStorageDatabase(string path, TimeSpan busyTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
        _pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var pragmas = Command(connection, null, _pragmas))
            {
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // WAL is a property of the file, kept across connections; set it once per process.
            if (Interlocked.CompareExchange(ref _walSet, 1, 0) == 0)
            {
                await using var wal = Command(connection, null, "PRAGMA journal_mode = WAL;");
                await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // deferred: false makes Microsoft.Data.Sqlite issue BEGIN IMMEDIATE.
        return ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    public override object ToDbTime(DateTimeOffset time) => time.UtcTicks;

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero);
    }

    protected override ValueTask DisposeAsyncCore()
    {
        // Pooled connections keep the file open; release this file's pool so it can be deleted or moved.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return base.DisposeAsyncCore();
    }
}
