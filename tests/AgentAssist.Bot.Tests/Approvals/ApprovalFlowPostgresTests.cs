using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgentAssist.Bot.Tests.Approvals;

/// <summary>
/// The approval flow on PostgreSQL (several bot instances behind a load balancer share it): two hosts on one database,
/// two supervisors clicking at once on different instances, one decision. Needs <c>AGENTASSIST_TEST_POSTGRES</c>;
/// skipped without it. Each test works in a schema of its own.
/// </summary>
public sealed class ApprovalFlowPostgresTests : IAsyncLifetime
{
    private const string Variable = "AGENTASSIST_TEST_POSTGRES";
    private readonly string? _admin = Environment.GetEnvironmentVariable(Variable);
    private readonly string _schema = "flow_" + Guid.NewGuid().ToString("N");
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        if (_admin is { Length: > 0 })
        {
            await ExecuteAsync($"CREATE SCHEMA {_schema};");
        }
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        if (_admin is { Length: > 0 })
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE;");
        }
    }

    [SkippableFact]
    public async Task Approve_TwoSupervisorsOnTwoInstancesAtOnce_OneDecisionAndOneUpdate()
    {
        Skip.If(string.IsNullOrEmpty(_admin), $"{Variable} is not set.");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresConnectionString"] = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema }.ConnectionString,
        };
        await using var first = new ApprovalBotFactory(_connector, "unused.db", settings: settings);
        await using var second = new ApprovalBotFactory(_connector, "unused.db", settings: settings);
        await ApprovalFlow.RequestAsync(first, _connector);
        var (requestId, _, cardId) = await ApprovalFlow.PostedCardAsync(_connector);

        var answers = await Task.WhenAll(
            first.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:ana")),
            second.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Luis, ApprovalVerbs.Approve, requestId, "f:luis")),
            second.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:ana")));

        var request = await second.Services.GetRequiredService<IApprovalStore>().GetAsync(requestId, default);
        var winner = request!.Decision!.DecidedBy.DisplayName;
        Assert.All(answers, a => Assert.StartsWith($"Approved by {winner} at ", CardJson.Heading(a.Value), StringComparison.Ordinal));
        await _connector.WaitForAsync(c => c.Any(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.SupervisorsPath}/{cardId}"));
        Assert.Single(await second.Services.GetRequiredService<IOutbox>().ListByCorrelationAsync(requestId, default), m => m.Kind == TeamsOutboxKinds.UpdateCards);
        var approved = 0;
        await foreach (var e in first.Services.GetRequiredService<IAuditLog>().ReadAsync(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1), default))
        {
            approved += e.Kind == AuditEventKind.Approved ? 1 : 0;
        }

        Assert.Equal(1, approved);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
