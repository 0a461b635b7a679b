using System.Diagnostics;
using System.Globalization;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;
using AgentAssist.Storage;
using AgentAssist.Storage.Approvals;
using AgentAssist.Storage.Migrations;
using Npgsql;

namespace AgentAssist.Benchmarks.Store;

/// <summary>
/// The approval store with a million approvals: per-operation latency of enqueue, decide and list-pending-for-a-team,
/// against a primary-key read as the baseline, on SQLite and PostgreSQL. Run in Release:
/// <c>dotnet run -c Release --project tests/AgentAssist.Benchmarks -- store --rows 1000000</c>
/// (options: <c>--provider sqlite|postgres|both</c>, <c>--ops N</c>, <c>--teams N</c>, <c>--postgres CONNECTION</c>;
/// PostgreSQL defaults to <c>AGENTASSIST_BENCH_POSTGRES</c>, then <c>AGENTASSIST_TEST_POSTGRES</c>, and uses a schema
/// <c>store_bench</c> it drops and re-creates).
/// </summary>
internal static class StoreBenchmark
{
    private const string Schema = "store_bench";
    private const int Warmup = 300;

    private static readonly string[] Operations = ["get by id (baseline)", "enqueue", "decide", "list pending (50)"];

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = 1_000_000;
        var ops = 3000;
        var teams = 100;
        var provider = "both";
        var postgres = Environment.GetEnvironmentVariable("AGENTASSIST_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("AGENTASSIST_TEST_POSTGRES");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--rows": rows = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--ops": ops = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--teams": teams = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--provider": provider = args[i + 1]; break;
                case "--postgres": postgres = args[i + 1]; break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}. Options: --rows N --ops N --teams N --provider sqlite|postgres|both --postgres CONNECTION");
                    return 2;
            }
        }

        Console.WriteLine($"// [store] {rows:N0} approvals, {teams} teams, 1 in {StoreSeeder.PendingEvery} pending; {ops:N0} measured operations of each kind after {Warmup} warm-up");
        Console.WriteLine($"// [store] {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}");
        if (provider is "sqlite" or "both")
        {
            var path = Path.Combine(Path.GetTempPath(), "agentassist-store-bench", "agentassist.db");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(path)!))
            {
                File.Delete(file);
            }

            await using var sqlite = new SqliteStorageDatabase(path, TimeSpan.FromSeconds(30));
            await MeasureAsync(sqlite, rows, teams, ops);
        }

        if (provider is "postgres" or "both")
        {
            if (string.IsNullOrEmpty(postgres))
            {
                Console.Error.WriteLine("No PostgreSQL: set AGENTASSIST_BENCH_POSTGRES or pass --postgres.");
                return 2;
            }

            await using (var admin = new NpgsqlConnection(postgres))
            {
                await admin.OpenAsync();
                await using var reset = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema};", admin);
                await reset.ExecuteNonQueryAsync();
            }

            var connection = new NpgsqlConnectionStringBuilder(postgres) { SearchPath = Schema }.ConnectionString;
            await using var pg = new PostgresStorageDatabase(connection);
            await MeasureAsync(pg, rows, teams, ops);
        }

        return 0;
    }

    private static async Task MeasureAsync(StorageDatabase database, int rowCount, int teams, int ops)
    {
        var cancel = CancellationToken.None;
        await new MigrationRunner(database, ApprovalMigrations.All, TimeProvider.System).ApplyAsync(cancel);
        var now = DateTimeOffset.UtcNow;
        var seed = StoreSeeder.Rows(rowCount, teams, now).ToList();
        var clock = Stopwatch.StartNew();
        await StoreSeeder.SeedAsync(database, seed, cancel);
        // Measure the store in its steady state, not during the maintenance a bulk load sets off: statistics, the
        // visibility map a million fresh rows need (autovacuum would otherwise run during the measurement) and the
        // checkpoint of the load's WAL (SQLite: the WAL copied back into the database).
        if (database.Provider == StorageProvider.Postgres)
        {
            await ExecuteAsync(database, "VACUUM (ANALYZE) approvals;");
            await ExecuteAsync(database, "CHECKPOINT;");
        }
        else
        {
            await ExecuteAsync(database, "ANALYZE;");
            await ExecuteAsync(database, "PRAGMA wal_checkpoint(TRUNCATE);");
        }

        Console.WriteLine($"// [store] {database.Provider}: seeded {await CountAsync(database):N0} approvals in {clock.Elapsed.TotalSeconds:F1} s");

        var random = new Random(7);
        var pending = seed.Where(r => r.Pending).Select(r => r.Id).ToArray();
        random.Shuffle(pending);
        var all = seed.Select(r => r.Id).ToArray();
        seed.Clear();
        var store = new SqlApprovalStore(database, TimeProvider.System);
        var histograms = Operations.Select(n => new LatencyHistogram(n, ops)).ToArray();
        var nextPending = 0;
        for (var i = 0; i < Warmup + ops; i++)
        {
            var measured = i >= Warmup;
            var team = "team-" + random.Next(teams).ToString("D3", CultureInfo.InvariantCulture);

            var start = Stopwatch.GetTimestamp();
            var got = await store.GetAsync(all[random.Next(all.Length)], cancel);
            Record(histograms[0], start, measured);
            Check(got is not null, "a seeded request was not found");

            var id = ApprovalIds.New(TimeProvider.System);
            var created = DateTimeOffset.UtcNow;
            var request = StoreSeeder.NewRequest(id, team, created);
            var requestEffects = new ApprovalEffects(
                [new NewOutboxMessage("teams.postCard", team, """{"card":"supervisors"}""", id), new NewOutboxMessage("teams.postCard", "agent-7", """{"card":"agent"}""", id)],
                [new AuditEvent(created, AuditEventKind.ApprovalRequested, "agent-7") { TeamId = team, RequestId = id, RuleIds = request.RuleIds, DraftText = request.DraftText }]);
            start = Stopwatch.GetTimestamp();
            await store.CreateAsync(request, requestEffects, cancel);
            Record(histograms[1], start, measured);

            var target = pending[nextPending++];
            var decidedAt = DateTimeOffset.UtcNow;
            var decision = new ApprovalDecision(ApprovalState.Approved, new ApprovalActor("sup-2", "Luis"), decidedAt, "bench-" + target, StoreSeeder.Draft);
            var decisionEffects = new ApprovalEffects(
                [new NewOutboxMessage("teams.updateCard", team, """{"card":"decided"}""", target)],
                [new AuditEvent(decidedAt, AuditEventKind.Approved, "sup-2") { RequestId = target }]);
            start = Stopwatch.GetTimestamp();
            var result = await store.TryDecideAsync(target, decision, decisionEffects, cancel);
            Record(histograms[2], start, measured);
            Check(result.Status == ApprovalDecisionStatus.Decided && !result.Replayed, "a pending request was not decided");

            start = Stopwatch.GetTimestamp();
            var page = await store.ListPendingAsync(team, 50, null, cancel);
            Record(histograms[3], start, measured);
            Check(page.Items.Count == 50, "a team had fewer than 50 pending requests");
        }

        var baseline = histograms[0];
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
        Console.WriteLine($"// [store] load average after the run (1, 5, 15 min ...): {load}");
        Console.WriteLine($"// [store] {database.Provider} results ({ops:N0} each):");
        Console.WriteLine("| Provider | Operation | p50 (ms) | p99 (ms) | max (ms) | p50 / baseline | p99 / baseline |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var h in histograms)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {database.Provider} | {h.Name} | {h.Percentile(50):F3} | {h.Percentile(99):F3} | {h.Max:F2} | {h.Percentile(50) / baseline.Percentile(50):F2} | {h.Percentile(99) / baseline.Percentile(99):F2} |"));
        }

        foreach (var h in histograms)
        {
            Console.WriteLine($"// [histogram] {database.Provider} {h.Name}: {h.Buckets()}");
        }
    }

    private static void Record(LatencyHistogram histogram, long start, bool measured)
    {
        if (measured)
        {
            histogram.Add(Stopwatch.GetTimestamp() - start);
        }
    }

    private static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark invariant broken: " + problem + ".");
        }
    }

    private static async Task ExecuteAsync(StorageDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = StorageDatabase.Command(connection, null, sql);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(StorageDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = StorageDatabase.Command(connection, null, "SELECT count(*) FROM approvals;");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
