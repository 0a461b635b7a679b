using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AgentAssist.Storage;

/// <summary>
/// A SQLite file in WAL mode (readers never wait for the writer), with a busy timeout so writers queue instead of
/// failing, foreign keys on, and pooled connections. The WAL is copied back into the database by a background
/// checkpoint every second instead of inside whichever commit crosses 1,000 pages: that commit would otherwise wait
/// for the copy and its file sync (in the store benchmark a decision's p99 fell from 20 ms to 8–13 ms).
/// </summary>
public sealed class SqliteStorageDatabase : StorageDatabase
{
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly Lock _timerLock = new();
    private ITimer? _checkpoints;
    private bool _disposed;
    private int _checkpointing;
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
        _pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0;");
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
                StartCheckpoints();
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

    /// <summary>
    /// Copies what it can of the WAL into the database without waiting for readers or writers (a passive checkpoint).
    /// Returns the frames in the WAL and how many of them are now in the database.
    /// </summary>
    internal async Task<(int LogFrames, int CheckpointedFrames)> CheckpointAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var checkpoint = Command(connection, null, "PRAGMA wal_checkpoint(PASSIVE);");
            var reader = await checkpoint.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return (reader.GetInt32(1), reader.GetInt32(2));
            }
        }
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        ITimer? timer;
        lock (_timerLock)
        {
            _disposed = true;
            timer = _checkpoints;
            _checkpoints = null;
        }

        if (timer is not null)
        {
            await timer.DisposeAsync().ConfigureAwait(false);
        }

        while (Volatile.Read(ref _checkpointing) == 1)
        {
            await Task.Delay(10).ConfigureAwait(false);
        }

        // Pooled connections keep the file open; release this file's pool so it can be deleted or moved.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        await base.DisposeAsyncCore().ConfigureAwait(false);
    }

    private void StartCheckpoints()
    {
        lock (_timerLock)
        {
            if (!_disposed && _checkpoints is null)
            {
                _checkpoints = TimeProvider.System.CreateTimer(
                    static state => _ = ((SqliteStorageDatabase)state!).CheckpointInBackgroundAsync(), this, CheckpointInterval, CheckpointInterval);
            }
        }
    }

    private async Task CheckpointInBackgroundAsync()
    {
        if (Interlocked.Exchange(ref _checkpointing, 1) == 1)
        {
            return;
        }

        try
        {
            if (!Volatile.Read(ref _disposed))
            {
                await CheckpointAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (SqliteException)
        {
            // Locked or busy (a schema change, another process): the next tick tries again; until then the WAL grows.
        }
        finally
        {
            Volatile.Write(ref _checkpointing, 0);
        }
    }
}
