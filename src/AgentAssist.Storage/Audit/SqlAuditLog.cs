using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using AgentAssist.Core.Audit;
using AgentAssist.Storage.Approvals;

namespace AgentAssist.Storage.Audit;

/// <summary><see cref="IAuditLog"/> on SQLite or PostgreSQL, ordered by (time, sequence) on an index of both.</summary>
public sealed class SqlAuditLog : IAuditLog
{
    private const string Columns = "seq, at, kind, actor_id, actor_name, team_id, request_id, outcome, rule_ids, draft_text, detail";

    private readonly StorageDatabase _database;

    public SqlAuditLog(StorageDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<AuditEvent> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var seq = await EffectsWriter.InsertAuditAsync(_database, connection, null, auditEvent, cancellationToken).ConfigureAwait(false);
            return auditEvent with { Sequence = seq };
        }
    }

    public async Task<AuditPage> QueryAsync(DateTimeOffset since, DateTimeOffset until, int limit, string? cursor, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var after = cursor is null ? ((DateTimeOffset, long)?)null : ParseCursor(cursor);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var sql = after is null
                ? $"SELECT {Columns} FROM audit_events WHERE at >= @since AND at < @until ORDER BY at, seq LIMIT @limit;"
                : $"SELECT {Columns} FROM audit_events WHERE at >= @since AND at < @until AND (at, seq) > (@afterAt, @afterSeq) ORDER BY at, seq LIMIT @limit;";
            await using var select = StorageDatabase.Command(connection, null, sql);
            select.With("@since", _database.ToDbTime(since)).With("@until", _database.ToDbTime(until)).With("@limit", limit + 1);
            if (after is { } position)
            {
                select.With("@afterAt", _database.ToDbTime(position.Item1)).With("@afterSeq", position.Item2);
            }

            var items = new List<AuditEvent>();
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    items.Add(Read(reader));
                }
            }

            if (items.Count <= limit)
            {
                return new AuditPage(items, null);
            }

            items.RemoveAt(limit);
            var last = items[^1];
            return new AuditPage(items, string.Create(CultureInfo.InvariantCulture, $"{last.At.UtcTicks}.{last.Sequence}"));
        }
    }

    public async IAsyncEnumerable<AuditEvent> ReadAsync(DateTimeOffset since, DateTimeOffset until, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var select = StorageDatabase.Command(connection, null,
                $"SELECT {Columns} FROM audit_events WHERE at >= @since AND at < @until ORDER BY at, seq;");
            select.With("@since", _database.ToDbTime(since)).With("@until", _database.ToDbTime(until));
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return Read(reader);
                }
            }
        }
    }

    public async Task<int> PurgeDraftTextAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var update = StorageDatabase.Command(connection, null,
                "UPDATE audit_events SET draft_text = NULL WHERE draft_text IS NOT NULL AND at < @before;");
            update.With("@before", _database.ToDbTime(olderThan));
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private AuditEvent Read(DbDataReader reader) =>
        new(_database.ReadTime(reader, 1), (AuditEventKind)Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), reader.GetString(3))
        {
            Sequence = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
            ActorName = NullableString(reader, 4),
            TeamId = NullableString(reader, 5),
            RequestId = NullableString(reader, 6),
            Outcome = NullableString(reader, 7),
            RuleIds = RuleIds.Split(reader.GetString(8)),
            DraftText = NullableString(reader, 9),
            Detail = NullableString(reader, 10),
        };

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static (DateTimeOffset, long) ParseCursor(string cursor)
    {
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0
            && long.TryParse(cursor.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && long.TryParse(cursor.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            return (new DateTimeOffset(ticks, TimeSpan.Zero), seq);
        }

        throw new ArgumentException("The cursor is not one this audit log handed out.", nameof(cursor));
    }
}
