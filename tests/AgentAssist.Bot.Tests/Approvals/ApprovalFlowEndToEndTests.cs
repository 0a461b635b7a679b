using System.Text.Json;
using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;
using AgentAssist.Core.Checking;
using Microsoft.Extensions.DependencyInjection;

namespace AgentAssist.Bot.Tests.Approvals;

/// <summary>
/// Approvals through the real host on 127.0.0.1 with a real SQLite file and the loopback channel: the agent asks, the
/// card is posted to the supervisors' channel through the outbox, supervisors decide, every card is updated.
/// </summary>
public sealed class ApprovalFlowEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _database = new();
    private LoopbackConnector _connector = null!;
    private ApprovalBotFactory _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _host = new ApprovalBotFactory(_connector, _database.Path);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Request_AgentClicksSendForApproval_WaitingCardAndApprovalCardPostedToTheSupervisors()
    {
        var waiting = await ApprovalFlow.RequestAsync(_host, _connector);

        Assert.Equal("Waiting for approval", CardJson.Heading(waiting));
        Assert.Contains("Customer care", CardJson.AllText(waiting), StringComparison.Ordinal);
        Assert.Contains(ApprovalVerbs.Withdraw, CardJson.Verbs(waiting));
        var (requestId, card, _) = await ApprovalFlow.PostedCardAsync(_connector);
        Assert.Equal("Approval needed", CardJson.Heading(card));
        Assert.Contains("VERY", CardJson.Highlighted(card));
        Assert.Equal("Agent", CardJson.Fact(card, "Agent"));
        Assert.Equal([TeamsUser.Ana.Id, TeamsUser.Luis.Id], card.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(u => u.GetString()));
        var request = await Store().GetAsync(requestId, default);
        Assert.NotNull(request);
        Assert.Equal("x", request.Channel);
        Assert.Equal(ApprovalSeverity.High, request.Severity);
        Assert.Contains("BrandEn.Commitments", request.RuleIds);
        // The supervisor sees the offline suggestion: shouting fixed, re-checked, never a blocked text.
        Assert.NotNull(request.SuggestedRewrite);
        Assert.DoesNotContain("VERY", request.SuggestedRewrite, StringComparison.Ordinal);
        Assert.NotEqual(Outcome.Block, TestGuardrails.Engine.Check(new Draft(request.SuggestedRewrite, "x", "en")).Outcome);
        Assert.Contains("Suggested rewrite", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains(request.SuggestedRewrite, CardJson.AllText(card), StringComparison.Ordinal);
        // The dispatcher remembers the card once the channel answered the post, a moment after the channel saw it.
        await WaitUntilAsync(() => Store().ListCardReferencesAsync(requestId, default).GetAwaiter().GetResult().Count == 2);
        var references = await Store().ListCardReferencesAsync(requestId, default);
        Assert.Contains(references, r => r.Role == ApprovalCardRole.Agent && r.ActivityId == ApprovalFlow.AgentCardId);
        Assert.Contains(references, r => r.Role == ApprovalCardRole.Supervisors && r.ConversationId == ApprovalBotFactory.SupervisorsConversation);
    }

    [Fact]
    public async Task Request_SameCardClickedTwiceAtOnce_OneRequestAndOneCardForTheSupervisors()
    {
        var answers = await Task.WhenAll(ApprovalFlow.RequestAsync(_host, _connector), ApprovalFlow.RequestAsync(_host, _connector));
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        Assert.All(answers, a => Assert.Equal("Waiting for approval", CardJson.Heading(a)));
        Assert.All(answers, a => Assert.Equal(requestId, CardJson.Action(a, ApprovalVerbs.Withdraw).GetProperty("data").GetProperty("request").GetString()));
        Assert.Single(await AuditAsync(), e => e.Kind == AuditEventKind.ApprovalRequested);
        await Task.Delay(300);
        Assert.Single(_connector.Calls, c => c.Method == "POST" && c.RawTarget == ApprovalFlow.SupervisorsPath);
    }

    [Fact]
    public async Task Approve_TwoSupervisorsAtTheSameInstant_OneDecisionBothSeeTheWinnerEveryCardUpdatedAgentNotified()
    {
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, cardId) = await ApprovalFlow.PostedCardAsync(_connector);

        var answers = await Task.WhenAll(
            _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:ana-1")),
            _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Luis, ApprovalVerbs.Approve, requestId, "f:luis-1")));

        var request = await Store().GetAsync(requestId, default);
        var winner = request!.Decision!.DecidedBy.DisplayName;
        Assert.Contains(winner, new[] { "Ana", "Luis" });
        Assert.All(answers, a => Assert.StartsWith($"Approved by {winner} at ", CardJson.Heading(a.Value), StringComparison.Ordinal));
        Assert.All(answers, a => Assert.False(a.Value.TryGetProperty("actions", out _)));
        var calls = await _connector.WaitForAsync(c =>
            c.Any(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.SupervisorsPath}/{cardId}")
            && c.Any(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.AgentPath}/{ApprovalFlow.AgentCardId}")
            && c.Count(x => x.Method == "POST" && x.RawTarget == ApprovalFlow.AgentPath) == 1);
        var supervisorsCard = calls.Single(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.SupervisorsPath}/{cardId}").Card;
        Assert.StartsWith($"Approved by {winner} at ", CardJson.Heading(supervisorsCard), StringComparison.Ordinal);
        var notice = calls.Single(x => x.Method == "POST" && x.RawTarget == ApprovalFlow.AgentPath).Card;
        Assert.Contains("Final text, ready to copy", CardJson.AllText(notice), StringComparison.Ordinal);
        Assert.Contains(ApprovalSamples.RefundDraft, CardJson.AllText(notice), StringComparison.Ordinal);
        var audit = await AuditAsync();
        Assert.Single(audit, e => e.Kind == AuditEventKind.Approved);
        Assert.Single(audit, e => e.Kind == AuditEventKind.ApprovalRequested);
        Assert.Single(await Outbox().ListByCorrelationAsync(requestId, default), m => m.Kind == TeamsOutboxKinds.UpdateCards);
        Assert.DoesNotContain(_host.Logs.Lines.ToArray(), l => l.Contains("refund the full amount", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OpenApi_AdminAuditExport_Documented()
    {
        using var http = new HttpClient();

        var document = await http.GetStringAsync(new Uri(_host.BaseAddress(), "/openapi/v1.json"));

        Assert.Contains("/api/v1/admin/audit", document, StringComparison.Ordinal);
        Assert.Contains("ExportAuditLog", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_SameInvokeTwice_SameAnswerAndOneDecision()
    {
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        var first = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:retry"));
        var retry = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:retry"));

        Assert.Equal(CardJson.Heading(first.Value), CardJson.Heading(retry.Value));
        Assert.StartsWith("Approved by Ana at ", CardJson.Heading(retry.Value), StringComparison.Ordinal);
        Assert.Single(await AuditAsync(), e => e.Kind == AuditEventKind.Approved);
        Assert.Single(await Outbox().ListByCorrelationAsync(requestId, default), m => m.Kind == TeamsOutboxKinds.UpdateCards);
    }

    [Fact]
    public async Task Approve_BySomeoneWhoIsNotASupervisor_RefusedAndStillPending()
    {
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        var (type, message) = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Outsider, ApprovalVerbs.Approve, requestId, "f:olga"));
        var (_, refreshed) = await _host.InvokeAsync(TeamsActivities.CardActionBy(
            _connector.ServiceUrl, TeamsUser.Outsider, ApprovalVerbs.Refresh, new { request = requestId }, "f:olga-refresh", ApprovalBotFactory.SupervisorsConversation, automatic: true));

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Equal("You can't decide this request. Only the supervisors of Customer care can approve or reject it.", message.GetString());
        Assert.True((await Store().GetAsync(requestId, default))!.IsPending);
        Assert.False(refreshed.TryGetProperty("actions", out _));
        Assert.DoesNotContain(await AuditAsync(), e => e.Kind == AuditEventKind.Approved);
    }

    [Fact]
    public async Task Refresh_BySupervisorInSpanish_LiveCardWithButtonsInSpanish()
    {
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        var (_, card) = await _host.InvokeAsync(TeamsActivities.CardActionBy(
            _connector.ServiceUrl, TeamsUser.Luis, ApprovalVerbs.Refresh, new { request = requestId }, "f:luis-refresh", ApprovalBotFactory.SupervisorsConversation, locale: "es-ES", automatic: true));

        Assert.Equal("Se necesita tu aprobación", CardJson.Heading(card));
        Assert.Equal(["Aprobar", "Editar y aprobar", "Rechazar"], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task EditAndApprove_EditThatStillBlocks_RefusedThenACleanEditIsApprovedAndSentToTheAgent()
    {
        const string clean = "We're sorry for the delay. We'll refund the full amount today.";
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        var (type, refusal) = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.EditAndApprove, requestId, "f:edit-1",
            editedText: "You should have read the instructions first!!! Kivo's chargers are worse, obviously."));
        var (_, decided) = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.EditAndApprove, requestId, "f:edit-2", editedText: clean));

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.StartsWith("I can't accept the edited text. It still breaks a rule that blocks sending (", refusal.GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Edited and approved by Ana at ", CardJson.Heading(decided), StringComparison.Ordinal);
        var calls = await _connector.WaitForAsync(c => c.Any(x => x.Method == "POST" && x.RawTarget == ApprovalFlow.AgentPath));
        Assert.Contains(clean, CardJson.AllText(calls.Single(x => x.Method == "POST" && x.RawTarget == ApprovalFlow.AgentPath).Card), StringComparison.Ordinal);
        Assert.Equal(clean, (await Store().GetAsync(requestId, default))!.Decision!.FinalText);
        Assert.Single(await AuditAsync(), e => e.Kind == AuditEventKind.Edited);
    }

    [Fact]
    public async Task Reject_WithoutReason_RefusedThenWithAReasonTheAgentSeesIt()
    {
        const string reason = "We can't promise a refund on X. Offer a call instead.";
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        var (type, refusal) = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Reject, requestId, "f:reject-1", reason: "  "));
        var (_, decided) = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Reject, requestId, "f:reject-2", reason: reason));

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.StartsWith("Say why you reject it.", refusal.GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Rejected by Ana at ", CardJson.Heading(decided), StringComparison.Ordinal);
        var calls = await _connector.WaitForAsync(c => c.Any(x => x.Method == "POST" && x.RawTarget == ApprovalFlow.AgentPath));
        Assert.Contains(reason, CardJson.AllText(calls.Single(x => x.Method == "POST" && x.RawTarget == ApprovalFlow.AgentPath).Card), StringComparison.Ordinal);
        Assert.Equal(reason, Assert.Single(await AuditAsync(), e => e.Kind == AuditEventKind.Rejected).Detail);
    }

    [Fact]
    public async Task Withdraw_ByTheAgent_SupervisorsCardUpdatedAndALateApprovalSeesTheWithdrawal()
    {
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, cardId) = await ApprovalFlow.PostedCardAsync(_connector);

        var (_, withdrawn) = await _host.InvokeAsync(ApprovalFlow.AgentClick(_connector, ApprovalVerbs.Withdraw, requestId, "f:withdraw"));
        var (_, late) = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:late"));

        Assert.StartsWith("Withdrawn by Agent at ", CardJson.Heading(withdrawn), StringComparison.Ordinal);
        Assert.StartsWith("Withdrawn by Agent at ", CardJson.Heading(late), StringComparison.Ordinal);
        var calls = await _connector.WaitForAsync(c => c.Any(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.SupervisorsPath}/{cardId}"));
        Assert.StartsWith("Withdrawn by Agent at ", CardJson.Heading(calls.Single(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.SupervisorsPath}/{cardId}").Card), StringComparison.Ordinal);
        Assert.Equal(ApprovalState.Withdrawn, (await Store().GetAsync(requestId, default))!.State);
    }

    [Fact]
    public async Task Withdraw_BySomeoneElse_Refused()
    {
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        var (type, message) = await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Withdraw, requestId, "f:ana-withdraw"));

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.StartsWith("This request isn't yours.", message.GetString(), StringComparison.Ordinal);
        Assert.True((await Store().GetAsync(requestId, default))!.IsPending);
    }

    [Fact]
    public async Task Post_ChannelThrottlesTwice_CardDeliveredAfterBackoff()
    {
        _connector.FailNext(429, count: 2, retryAfter: TimeSpan.Zero);

        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);

        var posts = _connector.Calls.Where(c => c.Method == "POST" && c.RawTarget == ApprovalFlow.SupervisorsPath).ToList();
        Assert.Equal([429, 429, 201], posts.Select(c => c.Status));
        var message = Assert.Single(await Outbox().ListByCorrelationAsync(requestId, default));
        Assert.Equal(OutboxMessageState.Delivered, message.State);
        Assert.Equal(3, message.Attempts);
    }

    [Fact]
    public async Task Update_ChannelFailsAndTheHostStops_ANewHostOnTheSameFileDeliversTheUpdate()
    {
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, cardId) = await ApprovalFlow.PostedCardAsync(_connector);
        _connector.FailNext(500, count: 1000);

        await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:before-crash"));
        await WaitUntilAsync(() => _connector.Calls.Any(c => c.Method == "PUT" && c.Status == 500));
        await _host.DisposeAsync();
        _connector.ClearFailures();
        Assert.DoesNotContain(_connector.Delivered, c => c.Method == "PUT" && c.RawTarget == $"{ApprovalFlow.SupervisorsPath}/{cardId}");
        _host = new ApprovalBotFactory(_connector, _database.Path);
        _host.BaseAddress();

        var calls = await _connector.WaitForAsync(c => c.Any(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.SupervisorsPath}/{cardId}"));

        Assert.StartsWith("Approved by Ana at ", CardJson.Heading(calls.First(x => x.Method == "PUT" && x.RawTarget == $"{ApprovalFlow.SupervisorsPath}/{cardId}").Card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_SpanishAgent_WaitingCardInSpanish()
    {
        var waiting = await ApprovalFlow.RequestAsync(_host, _connector, "Hola, sentimos mucho el retraso. Te reembolsaremos el importe completo hoy.", ui: "es", locale: "es-ES");

        Assert.Equal("Esperando aprobación", CardJson.Heading(waiting));
        Assert.Equal(["Retirar", "Actualizar"], waiting.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    private IApprovalStore Store() => _host.Services.GetRequiredService<IApprovalStore>();

    private IOutbox Outbox() => _host.Services.GetRequiredService<IOutbox>();

    private async Task<List<AuditEvent>> AuditAsync()
    {
        var events = new List<AuditEvent>();
        await foreach (var e in _host.Services.GetRequiredService<IAuditLog>().ReadAsync(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1), default))
        {
            events.Add(e);
        }

        return events;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out.");
            await Task.Delay(50);
        }
    }
}
