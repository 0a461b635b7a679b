using System.Data.Common;
using AgentAssist.Core.Approvals;
using AgentAssist.Storage;
using Npgsql;
using NpgsqlTypes;

namespace AgentAssist.Benchmarks.Store;

/// <summary>
/// Fills the approvals table with <c>rows</c> requests fast: prepared inserts in large transactions on SQLite, binary
/// COPY on PostgreSQL. Creation times spread over the 90 days before <c>now</c>; one request in 20 is pending, spread
/// evenly over the teams; the rest are decided.
/// </summary>
internal static class StoreSeeder
{
    public const int PendingEvery = 20;

    public const string Draft = "Hi Sam, we are sorry about the delay. We will refund the full amount today and send the tracking link by email.";

    public const string VerdictJson =
        """{"outcome":"needsApproval","language":"en","languageDetected":false,"channel":{"id":"x","kind":"public","maxLength":280},"packs":["Brand@1.0.0","BrandEn@1.0.0"],"findings":[{"ruleId":"BrandEn.Refunds","severity":"approval"}]}""";

    private const string Columns =
        "id, team_id, agent_id, agent_name, draft_text, channel, language, outcome, rule_ids, verdict_json, severity, created_at, due_at, remind_at, "
        + "state, version, decided_by_id, decided_by_name, decided_at, decision_key, final_text";

    private static readonly string[] Parameters =
        ["@id", "@team", "@draft", "@verdict", "@created", "@due", "@remind", "@state", "@version", "@by", "@byName", "@decided", "@key", "@final"];

    public readonly record struct Row(string Id, string Team, DateTimeOffset Created, bool Pending);

    /// <summary>The seeded rows, generated deterministically.</summary>
    public static IEnumerable<Row> Rows(int count, int teams, DateTimeOffset now)
    {
        var span = TimeSpan.FromDays(90).Ticks;
        for (var i = 0; i < count; i++)
        {
            var created = now - TimeSpan.FromTicks(span - span / count * i);
            var id = Guid.CreateVersion7(created).ToString("N");
            yield return new Row(id, "team-" + (i % teams).ToString("D3", System.Globalization.CultureInfo.InvariantCulture), created, i / teams % PendingEvery == 0);
        }
    }

    public static async Task SeedAsync(StorageDatabase database, IEnumerable<Row> rows, CancellationToken cancellationToken)
    {
        if (database.Provider == StorageProvider.Postgres)
        {
            await CopyAsync(database, rows, cancellationToken);
        }
        else
        {
            await InsertAsync(database, rows, cancellationToken);
        }
    }

    private static async Task InsertAsync(StorageDatabase database, IEnumerable<Row> rows, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        DbTransaction? transaction = null;
        DbCommand? insert = null;
        var n = 0;
        foreach (var row in rows)
        {
            if (n % 100_000 == 0)
            {
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    await insert!.DisposeAsync();
                }

                transaction = await database.BeginWriteAsync(connection, cancellationToken);
                insert = StorageDatabase.Command(connection, transaction,
                    $"INSERT INTO approvals ({Columns}) VALUES (@id, @team, 'agent-7', 'Marta', @draft, 'x', 'en', 2, 'BrandEn.Refunds', @verdict, 1, @created, @due, @remind, @state, @version, @by, @byName, @decided, @key, @final);");
                foreach (var name in Parameters)
                {
                    insert.With(name, null);
                }

                insert.Prepare();
            }

            Bind(database, insert!, row);
            await insert!.ExecuteNonQueryAsync(cancellationToken);
            n++;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
            await insert!.DisposeAsync();
        }
    }

    private static void Bind(StorageDatabase database, DbCommand insert, Row row)
    {
        var p = insert.Parameters;
        p["@id"].Value = row.Id;
        p["@team"].Value = row.Team;
        p["@draft"].Value = Draft;
        p["@verdict"].Value = VerdictJson;
        p["@created"].Value = database.ToDbTime(row.Created);
        p["@due"].Value = database.ToDbTime(row.Created + TimeSpan.FromMinutes(30));
        p["@remind"].Value = database.ToDbTime(row.Created + TimeSpan.FromMinutes(22.5));
        p["@state"].Value = row.Pending ? 0 : 1;
        p["@version"].Value = row.Pending ? 1 : 2;
        p["@by"].Value = row.Pending ? DBNull.Value : "sup-1";
        p["@byName"].Value = row.Pending ? DBNull.Value : "Ana";
        p["@decided"].Value = row.Pending ? DBNull.Value : database.ToDbTime(row.Created + TimeSpan.FromMinutes(4));
        p["@key"].Value = row.Pending ? DBNull.Value : "seed-" + row.Id;
        p["@final"].Value = row.Pending ? DBNull.Value : Draft;
    }

    private static async Task CopyAsync(StorageDatabase database, IEnumerable<Row> rows, CancellationToken cancellationToken)
    {
        await using var connection = (NpgsqlConnection)await database.OpenConnectionAsync(cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync($"COPY approvals ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(row.Id, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.Team, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync("agent-7", NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync("Marta", NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(Draft, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync("x", NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync("en", NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync((short)2, NpgsqlDbType.Smallint, cancellationToken);
            await importer.WriteAsync("BrandEn.Refunds", NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(VerdictJson, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync((short)1, NpgsqlDbType.Smallint, cancellationToken);
            await importer.WriteAsync(row.Created, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(row.Created + TimeSpan.FromMinutes(30), NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(row.Created + TimeSpan.FromMinutes(22.5), NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync((short)(row.Pending ? 0 : 1), NpgsqlDbType.Smallint, cancellationToken);
            await importer.WriteAsync(row.Pending ? 1L : 2L, NpgsqlDbType.Bigint, cancellationToken);
            if (row.Pending)
            {
                for (var i = 0; i < 5; i++)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
            else
            {
                await importer.WriteAsync("sup-1", NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync("Ana", NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(row.Created + TimeSpan.FromMinutes(4), NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync("seed-" + row.Id, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(Draft, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>A new request like the seeded ones, for the enqueue measurement.</summary>
    public static ApprovalRequest NewRequest(string id, string team, DateTimeOffset now) =>
        new(id, team, new ApprovalActor("agent-7", "Marta"), Draft, "x", "en", Core.Checking.Outcome.NeedsApproval, ["BrandEn.Refunds"], VerdictJson,
            ApprovalSeverity.Normal, now, now + TimeSpan.FromMinutes(30), now + TimeSpan.FromMinutes(22.5), ApprovalState.Pending, 1);
}
