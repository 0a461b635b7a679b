using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AgentAssist.Bot.Tests.Approvals;

/// <summary>
/// Approvals that need their own settings or clock: a supervisor who is also the agent, and the SLA's reminder and
/// escalation on a fake clock. Real host, real SQLite file, loopback channel.
/// </summary>
public sealed class ApprovalRulesEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _database = new();
    private LoopbackConnector _connector = null!;
    private ApprovalBotFactory? _host;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _connector.DisposeAsync();
    }

    public void Dispose()
    {
        _host?.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Approve_AgentWhoIsAlsoASupervisor_CannotApproveTheirOwnReply()
    {
        _host = new ApprovalBotFactory(_connector, _database.Path, settings: new Dictionary<string, string?>
        {
            ["Approvals:Teams:care:Supervisors:2"] = TeamsUser.Agent.AadObjectId,
        });
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        var (type, message) = await _host.InvokeAsync(TeamsActivities.CardActionBy(
            _connector.ServiceUrl, TeamsUser.Agent, ApprovalVerbs.Approve, new { request = requestId, ui = "en" }, "f:self", ApprovalBotFactory.SupervisorsConversation));

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Equal("You can't approve your own reply. Another supervisor of your team has to decide on it.", message.GetString());
        Assert.True((await _host.Services.GetRequiredService<IApprovalStore>().GetAsync(requestId, default))!.IsPending);
    }

    [Fact]
    public async Task Sla_TimePassesTheReminderThenTheDueTime_SupervisorsRemindedThenEscalatedAndTheEscalationSupervisorDecides()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _host = new ApprovalBotFactory(_connector, _database.Path, clock);
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, cardId) = await ApprovalFlow.PostedCardAsync(_connector);
        var sla = _host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ApprovalSlaService>().Single();

        clock.Advance(TimeSpan.FromMinutes(23));
        await sla.RunOnceAsync(default);
        var reminded = await _connector.WaitForAsync(c => c.Count(x => x.Method == "POST" && x.RawTarget == ApprovalFlow.SupervisorsPath) == 2);
        clock.Advance(TimeSpan.FromMinutes(8));
        await sla.RunOnceAsync(default);
        var (_, escalation, escalationId) = await ApprovalFlow.PostedCardAsync(_connector, ApprovalFlow.EscalationPath);
        var (_, decided) = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Eve, ApprovalVerbs.Approve, requestId, "f:eve"));

        var reminder = reminded.Last(x => x.Method == "POST" && x.RawTarget == ApprovalFlow.SupervisorsPath).Card;
        Assert.Contains("Reminder: an approval is due soon", CardJson.AllText(reminder), StringComparison.Ordinal);
        Assert.Contains("has been waiting for 23 min", CardJson.AllText(reminder), StringComparison.Ordinal);
        Assert.Contains("Escalated: an approval is overdue", CardJson.AllText(escalation), StringComparison.Ordinal);
        Assert.StartsWith("Approved by Eve at ", CardJson.Heading(decided), StringComparison.Ordinal);
        var calls = await _connector.WaitForAsync(c =>
            c.Any(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.SupervisorsPath}/{cardId}")
            && c.Any(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.EscalationPath}/{escalationId}"));
        Assert.StartsWith("Approved by Eve at ", CardJson.Heading(calls.Last(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.EscalationPath}/{escalationId}").Card), StringComparison.Ordinal);
        var audit = new List<AuditEvent>();
        await foreach (var e in _host.Services.GetRequiredService<IAuditLog>().ReadAsync(clock.GetUtcNow().AddDays(-1), clock.GetUtcNow().AddDays(1), default))
        {
            audit.Add(e);
        }

        Assert.Equal(
            [AuditEventKind.ApprovalRequested, AuditEventKind.Reminded, AuditEventKind.Escalated, AuditEventKind.Approved],
            audit.Where(e => e.RequestId == requestId).Select(e => e.Kind));

        await sla.RunOnceAsync(default);
        Assert.Equal(2, _connector.Calls.Count(x => x.Method == "POST" && x.RawTarget == ApprovalFlow.SupervisorsPath));
    }

    [Fact]
    public async Task Request_DraftThatMayGoOut_AgentCanStillAskASupervisorWithLowUrgency()
    {
        const string draft = "Hi Sam, your order left our warehouse this morning and should reach you by Thursday.";
        _host = new ApprovalBotFactory(_connector, _database.Path);
        using var message = await _host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, draft));
        var result = (await _connector.WaitForAsync(c => c.Count == 1)).Single().Card;

        var waiting = await ApprovalFlow.RequestAsync(_host, _connector, draft);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        Assert.Equal("Ask a supervisor", CardJson.Action(result, "requestApproval").GetProperty("title").GetString());
        Assert.Equal("Waiting for approval", CardJson.Heading(waiting));
        var request = await _host.Services.GetRequiredService<IApprovalStore>().GetAsync(requestId, default);
        Assert.Equal(ApprovalSeverity.Low, request!.Severity);
        Assert.Equal(Core.Checking.Outcome.Pass, request.Outcome);
    }

    [Fact]
    public async Task Request_BlockedDraft_NotSentAndTheResultShownAgain()
    {
        _host = new ApprovalBotFactory(_connector, _database.Path);

        var card = await ApprovalFlow.RequestAsync(_host, _connector, "You should have read the instructions first!!! Kivo's chargers are worse, obviously.");

        Assert.Equal("Do not send this reply", CardJson.Heading(card));
        await Task.Delay(300);
        Assert.DoesNotContain(_connector.Calls, c => c.RawTarget == ApprovalFlow.SupervisorsPath);
    }

    [Theory]
    [InlineData("Approvals:Teams:care:Conversation:ConversationId", "", "Approvals:Teams:care:Conversation needs ServiceUrl and ConversationId")]
    [InlineData("Approvals:Teams:care:Conversation:TimeZone", "Mars/Olympus", "is not a time zone this machine knows")]
    [InlineData("Approvals:DefaultTeam", "sales", "Approvals:DefaultTeam is 'sales', which is not a team")]
    [InlineData("Approvals:Teams:care:RefreshUserIds:0", "ana@example.com", "RefreshUserIds takes at most 60 Teams user ids")]
    [InlineData("Admin:ApiKey", "short", "Admin:ApiKey must have at least 24 characters")]
    public void Start_SettingsThatCannotWork_RefusedWithHowToFixThem(string key, string value, string message)
    {
        _host = new ApprovalBotFactory(_connector, _database.Path, settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => _host.BaseAddress());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusCommand_AgentWithAPendingRequest_ListsItWithTheWaitingTimeInSpanish()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _host = new ApprovalBotFactory(_connector, _database.Path, clock);
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);
        clock.Advance(TimeSpan.FromMinutes(9));

        using var response = await _host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "estado", id: "status-1"));

        var card = (await _connector.WaitForAsync(c => c.Any(x => x.RawTarget.EndsWith("/status-1", StringComparison.Ordinal)))).Single(x => x.RawTarget.EndsWith("/status-1", StringComparison.Ordinal)).Card;
        Assert.Equal("Tus solicitudes de aprobación", CardJson.Heading(card));
        Assert.Contains(ApprovalSamples.RefundDraft, CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("En espera desde hace 9 min", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Equal(requestId, CardJson.Action(card, ApprovalVerbs.Withdraw).GetProperty("data").GetProperty("request").GetString());
    }

    [Fact]
    public async Task Retention_AfterTheRetentionPeriod_TheSlaServicePurgesDraftTextAndKeepsTheEvents()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _host = new ApprovalBotFactory(_connector, _database.Path, clock, new Dictionary<string, string?> { ["Approvals:DraftRetention"] = "1.00:00:00" });
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);
        await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:ana"));
        var sla = _host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ApprovalSlaService>().Single();
        var store = _host.Services.GetRequiredService<IApprovalStore>();
        Assert.Equal(ApprovalSamples.RefundDraft, (await store.GetAsync(requestId, default))!.DraftText);

        clock.Advance(TimeSpan.FromDays(2));
        await sla.RunOnceAsync(default);

        var request = await store.GetAsync(requestId, default);
        Assert.Equal(string.Empty, request!.DraftText);
        Assert.Equal(ApprovalState.Approved, request.State);
        var events = new List<AuditEvent>();
        await foreach (var e in _host.Services.GetRequiredService<IAuditLog>().ReadAsync(clock.GetUtcNow().AddDays(-3), clock.GetUtcNow(), default))
        {
            events.Add(e);
        }

        Assert.Contains(events, e => e.Kind == AuditEventKind.ApprovalRequested && e.RequestId == requestId);
        Assert.All(events, e => Assert.Null(e.DraftText));
    }

    [Fact]
    public async Task Status_AgentCardRefreshedLater_ShowsTheWaitingTime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _host = new ApprovalBotFactory(_connector, _database.Path, clock);
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        clock.Advance(TimeSpan.FromMinutes(17));
        var (_, card) = await _host.InvokeAsync(ApprovalFlow.AgentClick(_connector, ApprovalVerbs.Status, requestId, "f:status"));

        Assert.Equal("Waiting for approval", CardJson.Heading(card));
        Assert.Equal("17 min", CardJson.Fact(card, "Waiting for"));
    }
}
