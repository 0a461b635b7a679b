using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentAssist.Storage.Migrations;

/// <summary>
/// Brings the schema up to date. Safe when several instances start at once: PostgreSQL runs under a session advisory
/// lock per schema, SQLite inside one <c>BEGIN IMMEDIATE</c> transaction, and each reads <c>schema_version</c> only after
/// taking the lock, so every migration runs exactly once. Each migration commits with its <c>schema_version</c> row.
/// </summary>
public sealed class MigrationRunner
{
    private const string CreateVersionTableSqlite =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL);";

    private const string CreateVersionTablePostgres =
        "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL);";

    private readonly StorageDatabase _database;
    private readonly IReadOnlyList<Migration> _migrations;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <exception cref="ArgumentException">Two migrations share a version, or a version is not positive.</exception>
    public MigrationRunner(StorageDatabase database, IEnumerable<Migration> migrations, TimeProvider time, ILogger<MigrationRunner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
        _logger = logger ?? NullLogger<MigrationRunner>.Instance;
        _migrations = migrations.Distinct().OrderBy(m => m.Version).ToList();
        foreach (var migration in _migrations)
        {
            if (migration.Version <= 0)
            {
                throw new ArgumentException($"Migration '{migration.Name}' has version {migration.Version}; versions must be positive.", nameof(migrations));
            }
        }

        var clash = _migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new ArgumentException(
                $"Migrations {string.Join(" and ", clash.Select(m => $"'{m.Name}'"))} share version {clash.Key}; give each feature its own range.",
                nameof(migrations));
        }
    }

    /// <summary>The migrations this runner knows, in order.</summary>
    public IReadOnlyList<Migration> Migrations => _migrations;

    /// <summary>Applies the missing migrations; returns those this call applied (empty when up to date).</summary>
    /// <exception cref="InvalidOperationException">The database records a version under another name (a migration was renamed or two features clash).</exception>
    public async Task<IReadOnlyList<Migration>> ApplyAsync(CancellationToken cancellationToken)
    {
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return _database.Provider == StorageProvider.Postgres
                ? await ApplyPostgresAsync(connection, cancellationToken).ConfigureAwait(false)
                : await ApplySqliteAsync(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<Migration>> ApplySqliteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await ExecuteAsync(connection, transaction, CreateVersionTableSqlite, cancellationToken).ConfigureAwait(false);
            var applied = await ApplyMissingAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return applied;
        }
    }

    private async Task<IReadOnlyList<Migration>> ApplyPostgresAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // One lock per schema, so test schemas (and tenants) in one database do not wait for each other.
        const string LockKey = "hashtextextended('agentassist.migrations:' || current_schema(), 0)";
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey});", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, null, CreateVersionTablePostgres, cancellationToken).ConfigureAwait(false);
            return await ApplyMissingAsync(connection, null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey});", CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Applies every missing migration. With an outer transaction (SQLite) all run in it; without (PostgreSQL, under
    /// the advisory lock) each runs in its own.
    /// </summary>
    private async Task<IReadOnlyList<Migration>> ApplyMissingAsync(DbConnection connection, DbTransaction? outer, CancellationToken cancellationToken)
    {
        var recorded = new Dictionary<int, string>();
        await using (var select = StorageDatabase.Command(connection, outer, "SELECT version, name FROM schema_version;"))
        {
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    recorded[reader.GetInt32(0)] = reader.GetString(1);
                }
            }
        }

        var applied = new List<Migration>();
        foreach (var migration in _migrations)
        {
            if (recorded.TryGetValue(migration.Version, out var name))
            {
                if (!string.Equals(name, migration.Name, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"Schema version {migration.Version} was applied as '{name}' but the code calls it '{migration.Name}'. "
                        + "Released migrations must not change; add a new one with its own version.");
                }

                continue;
            }

            var transaction = outer ?? await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            try
            {
                await ExecuteAsync(connection, transaction, migration.ScriptFor(_database.Provider), cancellationToken).ConfigureAwait(false);
                await using (var insert = StorageDatabase.Command(connection, transaction, "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at);"))
                {
                    insert.With("@version", migration.Version).With("@name", migration.Name).With("@at", _database.ToDbTime(_time.GetUtcNow()));
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                if (outer is null)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                if (outer is null)
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }
            }

            StorageLog.MigrationApplied(_logger, migration.Version, migration.Name, _database.Provider);
            applied.Add(migration);
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = StorageDatabase.Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
