using System.Data.Common;

namespace AgentAssist.Storage;

/// <summary>
/// One database (SQLite file or PostgreSQL server) and the few places where the two differ: opening pooled
/// connections, starting a write transaction, and how times are stored (UTC ticks in SQLite, <c>timestamptz</c> with
/// microsecond precision in PostgreSQL). Features write their stores against this with parameterised ADO.NET.
/// </summary>
public abstract class StorageDatabase : IAsyncDisposable
{
    /// <summary>Which provider this is.</summary>
    public abstract StorageProvider Provider { get; }

    /// <summary>Opens a pooled connection, ready for use.</summary>
    public abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Starts a transaction that will write. SQLite takes the write lock at once (<c>BEGIN IMMEDIATE</c>), so a
    /// read-then-write inside it never fails half-way on a lock upgrade; PostgreSQL uses read committed with row locks.
    /// </summary>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The value to bind for a time.</summary>
    public abstract object ToDbTime(DateTimeOffset time);

    /// <summary>Reads a time written with <see cref="ToDbTime"/>, as UTC.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Reads a time that may be NULL.</summary>
    public DateTimeOffset? ReadNullableTime(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);
    }

    /// <summary>The value to bind for a time that may be absent.</summary>
    public object ToDbTime(DateTimeOffset? time) => time is { } value ? ToDbTime(value) : DBNull.Value;

    /// <summary>Creates a command on <paramref name="connection"/> in <paramref name="transaction"/>.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Opens the database that <paramref name="options"/> select.</summary>
    /// <param name="contentRoot">Where a relative SQLite path is resolved.</param>
    /// <exception cref="InvalidOperationException">The options are invalid; the message says how to fix them.</exception>
    public static StorageDatabase Create(StorageOptions options, string? contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        return options.Provider == StorageProvider.Postgres
            ? new PostgresStorageDatabase(options.ResolvePostgresConnectionString()!)
            : new SqliteStorageDatabase(options.ResolveSqlitePath(contentRoot), options.SqliteBusyTimeout);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases pooled connections.</summary>
    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;
}
