using System.Text.Json;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Detection;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using AgentAssist.Storage.Approvals;
using AgentAssist.Storage.Audit;
using AgentAssist.Storage.Tests.Infrastructure;

namespace AgentAssist.Storage.Tests.Approvals;

/// <summary>
/// <see cref="ApprovalService"/>'s rules on a real store of each provider, with the Lumora brand packs as the guardrails.
/// </summary>
public abstract class ApprovalServiceContractTests : StorageTestBase
{
    private const string Refund = "We will refund the full amount today.";

    private static readonly Lazy<GuardrailEngine> Engine = new(() =>
    {
        var rules = new RuleSetProvider(RuleSet.Empty);
        var folders = new[] { "brand", "brand-en", "brand-es" }.Select(p => Path.Combine(AppContext.BaseDirectory, "rules", p));
        Assert.Empty(rules.TryReplace(RulePackLoader.LoadMany(folders)));
        return new GuardrailEngine(rules, Array.Empty<IDetector>(), new LanguageDetector());
    });

    private static readonly ApprovalActor Ana = new("sup-ana", "Ana");
    private static readonly ApprovalActor Luis = new("sup-luis", "Luis");
    private static readonly ApprovalActor Boss = new("boss-1", "Berta");
    private static readonly ApprovalActor Agent = new("agent-1", "Marta");

    private SqlApprovalStore _store = null!;
    private SqlOutbox _outbox = null!;
    private SqlAuditLog _audit = null!;

    private static ApprovalOptions Options()
    {
        var team = new ApprovalTeamOptions { DefaultDueAfter = TimeSpan.FromMinutes(30), ReminderFraction = 0.75 };
        team.Supervisors.AddRange(["SUP-ANA", "sup-luis", "agent-1"]);
        team.EscalationSupervisors.Add("boss-1");
        team.DueAfter[ApprovalSeverity.High] = TimeSpan.FromMinutes(10);
        var options = new ApprovalOptions();
        options.Teams["care"] = team;
        return options;
    }

    private async Task<ApprovalService> ServiceAsync()
    {
        var database = await Database.OpenMigratedAsync();
        _store = new SqlApprovalStore(database, Time);
        _outbox = new SqlOutbox(database, OutboxRetryPolicy.Default, Time);
        _audit = new SqlAuditLog(database);
        return new ApprovalService(_store, new TestMessageComposer(), Engine.Value, Options(), Time);
    }

    private static ApprovalSubmission Submission(string text = Refund, ApprovalSeverity severity = ApprovalSeverity.Normal, string team = "care")
    {
        var draft = new Draft(text, "x", "en");
        return new ApprovalSubmission(team, Agent, draft, Engine.Value.Check(draft), severity) { CustomerSummary = "@maria_g" };
    }

    private static async Task<ApprovalRequest> SubmitAsync(ApprovalService service, ApprovalSeverity severity = ApprovalSeverity.Normal)
    {
        var result = await service.SubmitAsync(Submission(severity: severity), CancellationToken.None);
        Assert.Equal(ApprovalSubmitStatus.Created, result.Status);
        return result.Request!;
    }

    private async Task<List<(string Kind, JsonElement Payload)>> MessagesAsync(string requestId) =>
        (await _outbox.ListByCorrelationAsync(requestId, CancellationToken.None))
            .Select(m => (m.Kind, JsonDocument.Parse(m.Payload).RootElement.Clone())).ToList();

    private async Task<List<AuditEvent>> AuditAsync() =>
        (await _audit.QueryAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue, 1000, null, CancellationToken.None)).Items.ToList();

    [SkippableFact]
    public async Task SubmitAsync_NeedsApproval_StoredWithSlaCardsAndAudit()
    {
        var service = await ServiceAsync();
        var now = Time.GetUtcNow();

        var request = await SubmitAsync(service, ApprovalSeverity.High);

        var stored = await _store.GetAsync(request.Id, CancellationToken.None);
        Assert.Equal((ApprovalState.Pending, Outcome.NeedsApproval, now + TimeSpan.FromMinutes(10), now + TimeSpan.FromMinutes(7.5)), (stored!.State, stored.Outcome, stored.DueAt, stored.RemindAt));
        Assert.Equal(["BrandEn.Commitments"], stored.RuleIds);
        Assert.Equal("needsApproval", JsonDocument.Parse(stored.VerdictJson).RootElement.GetProperty("outcome").GetString());
        Assert.Equal(("@maria_g", Refund), (stored.CustomerSummary, stored.DraftText));
        Assert.Equal(["test.requested"], (await MessagesAsync(request.Id)).Select(m => m.Kind));
        var requested = Assert.Single(await AuditAsync());
        Assert.Equal((AuditEventKind.ApprovalRequested, "agent-1", "needsApproval", Refund, "BrandEn.Commitments"), (requested.Kind, requested.ActorId, requested.Outcome, requested.DraftText, string.Join(' ', requested.RuleIds)));
    }

    [SkippableFact]
    public async Task SubmitAsync_UnknownTeamOrBlockedDraft_RefusedAndNothingStored()
    {
        var service = await ServiceAsync();

        var unknown = await service.SubmitAsync(Submission(team: "nobody"), CancellationToken.None);
        var blocked = await service.SubmitAsync(Submission("That is not our problem."), CancellationToken.None);

        Assert.Equal((ApprovalSubmitStatus.UnknownTeam, ApprovalSubmitStatus.Blocked), (unknown.Status, blocked.Status));
        Assert.Empty((await _store.ListPendingAsync("care", 10, null, CancellationToken.None)).Items);
        Assert.Empty(await AuditAsync());
    }

    [SkippableFact]
    public async Task DecideAsync_SupervisorApproves_FinalTextIsTheDraftAndEveryCardUpdates()
    {
        var service = await ServiceAsync();
        var request = await SubmitAsync(service);
        Time.Advance(TimeSpan.FromMinutes(4));

        var result = await service.DecideAsync(new ApprovalCommand(request.Id, "invoke-1", ApprovalAction.Approve, Ana), CancellationToken.None);

        Assert.Equal(ApprovalDecisionStatus.Decided, result.Status);
        Assert.Equal((ApprovalState.Approved, Refund, "Ana", Time.GetUtcNow()), (result.Request!.State, result.Request.Decision!.FinalText, result.Request.Decision.DecidedBy.DisplayName, result.Request.Decision.DecidedAt));
        Assert.Equal(TimeSpan.FromMinutes(4), result.Request.WaitingTime(Time.GetUtcNow() + TimeSpan.FromHours(1)));
        var decided = (await MessagesAsync(request.Id))[1];
        Assert.Equal(("test.decided", "Approved", 2, "Ana"), (decided.Kind, decided.Payload.GetProperty("state").GetString(), decided.Payload.GetProperty("version").GetInt32(), decided.Payload.GetProperty("by").GetString()));
        Assert.Equal([AuditEventKind.ApprovalRequested, AuditEventKind.Approved], (await AuditAsync()).Select(e => e.Kind));
    }

    [SkippableTheory]
    [InlineData("intruder", ApprovalAction.Approve, null, null, ApprovalDecisionStatus.NotSupervisor)]
    [InlineData("agent-1", ApprovalAction.Approve, null, null, ApprovalDecisionStatus.OwnRequest)]
    [InlineData("sup-luis", ApprovalAction.Reject, null, "  ", ApprovalDecisionStatus.ReasonRequired)]
    [InlineData("sup-luis", ApprovalAction.EditAndApprove, " ", null, ApprovalDecisionStatus.TextRequired)]
    [InlineData("sup-luis", ApprovalAction.Withdraw, null, null, ApprovalDecisionStatus.NotRequester)]
    public async Task DecideAsync_NotAllowed_RefusedAndStillPending(string actor, ApprovalAction action, string? text, string? reason, ApprovalDecisionStatus expected)
    {
        var service = await ServiceAsync();
        var request = await SubmitAsync(service);

        var result = await service.DecideAsync(
            new ApprovalCommand(request.Id, "k", action, new ApprovalActor(actor, actor)) { EditedText = text, Reason = reason }, CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.True((await _store.GetAsync(request.Id, CancellationToken.None))!.IsPending);
        Assert.Single(await MessagesAsync(request.Id));
    }

    [SkippableFact]
    public async Task DecideAsync_RejectWithReason_RejectedAndReasonAudited()
    {
        var service = await ServiceAsync();
        var request = await SubmitAsync(service);

        var result = await service.DecideAsync(new ApprovalCommand(request.Id, "k", ApprovalAction.Reject, Luis) { Reason = " Offer a voucher instead. " }, CancellationToken.None);

        Assert.Equal((ApprovalState.Rejected, "Offer a voucher instead.", (string?)null), (result.Request!.State, result.Request.Decision!.Reason, result.Request.Decision.FinalText));
        var rejected = (await AuditAsync())[^1];
        Assert.Equal((AuditEventKind.Rejected, "Offer a voucher instead.", (string?)null), (rejected.Kind, rejected.Detail, rejected.DraftText));
    }

    [SkippableFact]
    public async Task DecideAsync_EditStillBlocks_RefusedWithTheFindings()
    {
        var service = await ServiceAsync();
        var request = await SubmitAsync(service);

        var result = await service.DecideAsync(new ApprovalCommand(request.Id, "k", ApprovalAction.EditAndApprove, Ana) { EditedText = "That is not our problem." }, CancellationToken.None);

        Assert.Equal(ApprovalDecisionStatus.EditedTextBlocked, result.Status);
        Assert.Equal(["BrandEn.Blame"], result.EditedVerdict!.Findings.Where(f => f.Severity == Severity.Block).Select(f => f.RuleId));
        Assert.True((await _store.GetAsync(request.Id, CancellationToken.None))!.IsPending);
    }

    [SkippableFact]
    public async Task DecideAsync_EditStillNeedsApproval_AcceptedBecauseTheSupervisorIsTheApprover()
    {
        var service = await ServiceAsync();
        var request = await SubmitAsync(service);
        const string edited = "We will refund half of the amount today.";

        var result = await service.DecideAsync(new ApprovalCommand(request.Id, "k", ApprovalAction.EditAndApprove, Ana) { EditedText = $"  {edited}\n" }, CancellationToken.None);

        Assert.Equal((ApprovalDecisionStatus.Decided, ApprovalState.EditedAndApproved, edited), (result.Status, result.Request!.State, result.Request.Decision!.FinalText));
        var audited = (await AuditAsync())[^1];
        Assert.Equal((AuditEventKind.Edited, edited, "editedAndApproved"), (audited.Kind, audited.DraftText, audited.Outcome));
        Assert.Equal(edited, (await MessagesAsync(request.Id))[1].Payload.GetProperty("finalText").GetString());
    }

    [SkippableFact]
    public async Task DecideAsync_EscalationSupervisor_MayDecide()
    {
        var service = await ServiceAsync();
        var request = await SubmitAsync(service);

        var result = await service.DecideAsync(new ApprovalCommand(request.Id, "k", ApprovalAction.Approve, Boss), CancellationToken.None);

        Assert.Equal(ApprovalDecisionStatus.Decided, result.Status);
        Assert.True(service.IsSupervisor("CARE", "Boss-1"));
        Assert.False(service.IsSupervisor("care", "agent-2"));
    }

    [SkippableFact]
    public async Task DecideAsync_RetriedInvoke_SameAnswerAndNoSecondUpdate()
    {
        var service = await ServiceAsync();
        var request = await SubmitAsync(service);
        var command = new ApprovalCommand(request.Id, "invoke-42", ApprovalAction.Approve, Ana);
        var first = await service.DecideAsync(command, CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(30));

        var retry = await service.DecideAsync(command, CancellationToken.None);
        var other = await service.DecideAsync(new ApprovalCommand(request.Id, "invoke-43", ApprovalAction.Reject, Luis) { Reason = "no" }, CancellationToken.None);

        Assert.Equal((ApprovalDecisionStatus.Decided, true), (retry.Status, retry.Replayed));
        Assert.Equal(first.Request!.Decision, retry.Request!.Decision);
        Assert.Equal((ApprovalDecisionStatus.AlreadyDecided, "Ana"), (other.Status, other.Request!.Decision!.DecidedBy.DisplayName));
        Assert.Equal(2, (await MessagesAsync(request.Id)).Count);
        Assert.Equal(2, (await AuditAsync()).Count);
    }

    [SkippableFact]
    public async Task DecideAsync_TwoSupervisorsAtTheSameInstant_OneDecisionOtherSeesWhoWon()
    {
        var service = await ServiceAsync();
        var secondInstance = new ApprovalService(new SqlApprovalStore(await Database.OpenMigratedAsync(), Time), new TestMessageComposer(), Engine.Value, Options(), Time);
        var request = await SubmitAsync(service);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var ana = Task.Run(async () => { await start.Task; return await service.DecideAsync(new ApprovalCommand(request.Id, "a", ApprovalAction.Approve, Ana), CancellationToken.None); });
        var luis = Task.Run(async () => { await start.Task; return await secondInstance.DecideAsync(new ApprovalCommand(request.Id, "l", ApprovalAction.Reject, Luis) { Reason = "no" }, CancellationToken.None); });
        start.SetResult();
        var results = await Task.WhenAll(ana, luis);

        var won = Assert.Single(results, r => r.Status == ApprovalDecisionStatus.Decided);
        var lost = Assert.Single(results, r => r.Status == ApprovalDecisionStatus.AlreadyDecided);
        Assert.Equal(won.Request!.Decision!.DecidedBy, lost.Request!.Decision!.DecidedBy);
        Assert.Equal(["test.requested", "test.decided"], (await MessagesAsync(request.Id)).Select(m => m.Kind));
    }

    [SkippableFact]
    public async Task DecideAsync_AgentWithdraws_WithdrawnAndSupervisorsLaterSeeIt()
    {
        var service = await ServiceAsync();
        var request = await SubmitAsync(service);

        var withdrawn = await service.DecideAsync(new ApprovalCommand(request.Id, "w", ApprovalAction.Withdraw, Agent with { Id = "AGENT-1" }), CancellationToken.None);
        var late = await service.DecideAsync(new ApprovalCommand(request.Id, "a", ApprovalAction.Approve, Ana), CancellationToken.None);

        Assert.Equal((ApprovalDecisionStatus.Decided, ApprovalState.Withdrawn), (withdrawn.Status, withdrawn.Request!.State));
        Assert.Equal((ApprovalDecisionStatus.AlreadyDecided, ApprovalState.Withdrawn), (late.Status, late.Request!.State));
        Assert.Equal(AuditEventKind.Withdrawn, (await AuditAsync())[^1].Kind);
        Assert.Equal(ApprovalDecisionStatus.NotFound, (await service.DecideAsync(new ApprovalCommand("nope", "k", ApprovalAction.Approve, Ana), CancellationToken.None)).Status);
    }

    [SkippableFact]
    public async Task SweepAsync_TimePasses_RemindsThenEscalatesOnceEach()
    {
        var service = await ServiceAsync();
        var request = await SubmitAsync(service);
        var decided = await SubmitAsync(service);
        await service.DecideAsync(new ApprovalCommand(decided.Id, "k", ApprovalAction.Approve, Ana), CancellationToken.None);

        Time.Advance(TimeSpan.FromMinutes(22));
        var early = await service.SweepAsync(100, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        var reminded = await service.SweepAsync(100, CancellationToken.None);
        var again = await service.SweepAsync(100, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(7));
        var escalated = await service.SweepAsync(100, CancellationToken.None);

        Assert.Equal([new(0, 0), new(1, 0), new(0, 0), new(0, 1)], new[] { early, reminded, again, escalated });
        Assert.Equal(["test.requested", "test.reminder", "test.escalation"], (await MessagesAsync(request.Id)).Select(m => m.Kind));
        Assert.Equal(["test.requested", "test.decided"], (await MessagesAsync(decided.Id)).Select(m => m.Kind));
        var stored = await _store.GetAsync(request.Id, CancellationToken.None);
        Assert.True(stored!.IsPending);
        Assert.NotNull(stored.RemindedAt);
        Assert.NotNull(stored.EscalatedAt);
        Assert.Equal([AuditEventKind.Reminded, AuditEventKind.Escalated], (await AuditAsync()).Where(e => e.ActorId == AuditEvent.SystemActor).Select(e => e.Kind));
    }

    [SkippableFact]
    public async Task SweepAsync_DownPastTheDueTimeOnTwoInstances_OnlyOneEscalationNoLateReminder()
    {
        var service = await ServiceAsync();
        var secondInstance = new ApprovalService(new SqlApprovalStore(await Database.OpenMigratedAsync(), Time), new TestMessageComposer(), Engine.Value, Options(), Time);
        var request = await SubmitAsync(service);
        Time.Advance(TimeSpan.FromHours(1));

        var results = await Task.WhenAll(service.SweepAsync(100, CancellationToken.None), secondInstance.SweepAsync(100, CancellationToken.None));

        Assert.Equal(1, results.Sum(r => r.Escalated));
        Assert.Equal(0, results.Sum(r => r.Reminded));
        Assert.Equal(["test.requested", "test.escalation"], (await MessagesAsync(request.Id)).Select(m => m.Kind));
        Assert.NotNull((await _store.GetAsync(request.Id, CancellationToken.None))!.RemindedAt);
    }

    [SkippableFact]
    public async Task DraftRetention_AfterTheRetentionPeriod_TextsGoneEventsAndDecisionsStay()
    {
        var service = await ServiceAsync();
        var options = Options();
        options.DraftRetention = TimeSpan.FromDays(30);
        var retention = new DraftRetention(_store, _audit, options, Time);
        var request = await SubmitAsync(service);
        await service.DecideAsync(new ApprovalCommand(request.Id, "k", ApprovalAction.EditAndApprove, Ana) { EditedText = "We will look into a refund." }, CancellationToken.None);

        var early = await retention.PurgeAsync(CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(31));
        var due = await retention.PurgeAsync(CancellationToken.None);

        Assert.Equal((new DraftRetentionResult(0, 0), new DraftRetentionResult(1, 2)), (early, due));
        var stored = await _store.GetAsync(request.Id, CancellationToken.None);
        Assert.Equal((string.Empty, (string?)null, "Ana"), (stored!.DraftText, stored.Decision!.FinalText, stored.Decision.DecidedBy.DisplayName));
        Assert.All(await AuditAsync(), e => Assert.Null(e.DraftText));
        Assert.Equal([AuditEventKind.ApprovalRequested, AuditEventKind.Edited], (await AuditAsync()).Select(e => e.Kind));
    }
}
