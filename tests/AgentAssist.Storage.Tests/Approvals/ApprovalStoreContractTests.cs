using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;
using AgentAssist.Storage.Approvals;
using AgentAssist.Storage.Audit;
using AgentAssist.Storage.Tests.Infrastructure;

namespace AgentAssist.Storage.Tests.Approvals;

/// <summary>The <see cref="IApprovalStore"/> contract, run against each provider by a derived class.</summary>
public abstract class ApprovalStoreContractTests : StorageTestBase
{
    private async Task<(SqlApprovalStore Store, SqlOutbox Outbox, SqlAuditLog Audit)> OpenAsync()
    {
        var database = await Database.OpenMigratedAsync();
        return (new SqlApprovalStore(database, Time), new SqlOutbox(database, OutboxRetryPolicy.Default, Time), new SqlAuditLog(database));
    }

    private static readonly DateTimeOffset AllTime = DateTimeOffset.UnixEpoch;

    private static async Task<IReadOnlyList<AuditEvent>> AllAuditAsync(SqlAuditLog audit) =>
        (await audit.QueryAsync(AllTime, DateTimeOffset.MaxValue, 1000, null, CancellationToken.None)).Items;

    [SkippableFact]
    public async Task CreateAsync_ThenGet_ReturnsEveryFieldAndWritesEffects()
    {
        var (store, outbox, audit) = await OpenAsync();
        var request = TestRequests.New(Time);

        await store.CreateAsync(request, TestRequests.Effects(request.Id, "posted"), CancellationToken.None);
        var read = await store.GetAsync(request.Id, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(request with { RuleIds = read.RuleIds }, read);
        Assert.Equal(request.RuleIds, read.RuleIds);
        Assert.Null(read.Decision);
        var messages = await outbox.ListByCorrelationAsync(request.Id, CancellationToken.None);
        Assert.Equal(["""{"label":"posted"}"""], messages.Select(m => m.Payload));
        Assert.Equal(("teams.updateCard", "conversation-posted", OutboxMessageState.Pending, 0), (messages[0].Kind, messages[0].Target, messages[0].State, messages[0].Attempts));
        Assert.Equal(["posted"], (await AllAuditAsync(audit)).Select(e => e.ActorId));
    }

    [SkippableFact]
    public async Task CreateAsync_DuplicateId_ThrowsAndKeepsTheFirst()
    {
        var (store, _, _) = await OpenAsync();
        var request = TestRequests.New(Time);
        await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.CreateAsync(request with { TeamId = "other" }, ApprovalEffects.None, CancellationToken.None));

        Assert.Contains(request.Id, error.Message, StringComparison.Ordinal);
        Assert.Equal("care", (await store.GetAsync(request.Id, CancellationToken.None))!.TeamId);
    }

    [SkippableFact]
    public async Task GetAsync_UnknownId_Null()
    {
        var (store, _, _) = await OpenAsync();

        Assert.Null(await store.GetAsync("no-such-id", CancellationToken.None));
    }

    [SkippableFact]
    public async Task TryDecideAsync_Pending_DecidesAndWritesEffects()
    {
        var (store, outbox, audit) = await OpenAsync();
        var request = TestRequests.New(Time);
        await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(2));
        var decision = new ApprovalDecision(ApprovalState.Rejected, new ApprovalActor("sup-1", "Ana"), Time.GetUtcNow(), "invoke-1", null, "Too generous");

        var result = await store.TryDecideAsync(request.Id, decision, TestRequests.Effects(request.Id, "decided"), CancellationToken.None);

        Assert.Equal((ApprovalDecisionStatus.Decided, false), (result.Status, result.Replayed));
        Assert.Equal((ApprovalState.Rejected, 2L), (result.Request!.State, result.Request.Version));
        Assert.Equal(decision, result.Request.Decision);
        Assert.Equal(result.Request, await store.GetAsync(request.Id, CancellationToken.None) is { } stored ? stored with { RuleIds = result.Request.RuleIds } : null);
        Assert.Single(await outbox.ListByCorrelationAsync(request.Id, CancellationToken.None));
        Assert.Single(await AllAuditAsync(audit));
    }

    [SkippableFact]
    public async Task TryDecideAsync_UnknownId_NotFound()
    {
        var (store, outbox, _) = await OpenAsync();

        var result = await store.TryDecideAsync("missing", TestRequests.Approve("sup-1", Time.GetUtcNow(), "k"), TestRequests.Effects("missing", "x"), CancellationToken.None);

        Assert.Equal(ApprovalDecisionStatus.NotFound, result.Status);
        Assert.Null(result.Request);
        Assert.Empty(await outbox.ListByCorrelationAsync("missing", CancellationToken.None));
    }

    [SkippableFact]
    public async Task TryDecideAsync_ManySupervisorsAtOnceOnTwoInstances_ExactlyOneWinsOthersSeeTheWinner()
    {
        var (store, outbox, audit) = await OpenAsync();
        var other = new SqlApprovalStore(await Database.OpenMigratedAsync(), Time);
        var request = TestRequests.New(Time);
        await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var instance = i % 2 == 0 ? store : other;
            return await instance.TryDecideAsync(
                request.Id, TestRequests.Approve($"sup-{i}", Time.GetUtcNow(), $"key-{i}"), TestRequests.Effects(request.Id, $"sup-{i}"), CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        var winners = results.Where(r => r.Status == ApprovalDecisionStatus.Decided).ToList();
        var winner = Assert.Single(winners).Request!.Decision!.DecidedBy.Id;
        Assert.All(results.Where(r => r.Status != ApprovalDecisionStatus.Decided), r =>
        {
            Assert.Equal(ApprovalDecisionStatus.AlreadyDecided, r.Status);
            Assert.Equal(winner, r.Request!.Decision!.DecidedBy.Id);
        });
        var messages = await outbox.ListByCorrelationAsync(request.Id, CancellationToken.None);
        Assert.Equal([$"conversation-{winner}"], messages.Select(m => m.Target));
        Assert.Equal([winner], (await AllAuditAsync(audit)).Select(e => e.ActorId));
        Assert.Equal(2, (await store.GetAsync(request.Id, CancellationToken.None))!.Version);
    }

    [SkippableFact]
    public async Task TryDecideAsync_SameKeyAgain_ReplaysFirstAnswerWithoutNewEffects()
    {
        var (store, outbox, audit) = await OpenAsync();
        var request = TestRequests.New(Time);
        await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
        var first = await store.TryDecideAsync(request.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "invoke-7"), TestRequests.Effects(request.Id, "a"), CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(5));

        var retry = await store.TryDecideAsync(request.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "invoke-7"), TestRequests.Effects(request.Id, "b"), CancellationToken.None);

        Assert.Equal((ApprovalDecisionStatus.Decided, true), (retry.Status, retry.Replayed));
        Assert.Equal(first.Request!.Decision, retry.Request!.Decision);
        Assert.Equal(["conversation-a"], (await outbox.ListByCorrelationAsync(request.Id, CancellationToken.None)).Select(m => m.Target));
        Assert.Single(await AllAuditAsync(audit));
    }

    [SkippableFact]
    public async Task TryDecideAsync_DuplicatedInvokeAtOnce_OneDecisionBothAnsweredDecided()
    {
        var (store, outbox, _) = await OpenAsync();
        var other = new SqlApprovalStore(await Database.OpenMigratedAsync(), Time);
        var request = TestRequests.New(Time);
        await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var copies = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await (i % 2 == 0 ? store : other).TryDecideAsync(
                request.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "invoke-dup"), TestRequests.Effects(request.Id, $"copy-{i}"), CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(copies);

        Assert.All(results, r => Assert.Equal(ApprovalDecisionStatus.Decided, r.Status));
        Assert.Equal(7, results.Count(r => r.Replayed));
        Assert.Single(await outbox.ListByCorrelationAsync(request.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task TryDecideAsync_EffectsFailToWrite_DecisionRolledBackAndNothingEnqueued()
    {
        var (store, outbox, audit) = await OpenAsync();
        var request = TestRequests.New(Time);
        await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
        // An audit event without an actor violates NOT NULL after the decision and the outbox row were written.
        var broken = new ApprovalEffects(
            [new NewOutboxMessage("teams.updateCard", "c", "{}", request.Id)],
            [new AuditEvent(Time.GetUtcNow(), AuditEventKind.Approved, null!)]);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            store.TryDecideAsync(request.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "k1"), broken, CancellationToken.None));

        var after = await store.GetAsync(request.Id, CancellationToken.None);
        Assert.Equal((ApprovalState.Pending, 1L, (ApprovalDecision?)null), (after!.State, after.Version, after.Decision));
        Assert.Empty(await outbox.ListByCorrelationAsync(request.Id, CancellationToken.None));
        Assert.Empty(await AllAuditAsync(audit));
        var retried = await store.TryDecideAsync(request.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "k1"), TestRequests.Effects(request.Id, "ok"), CancellationToken.None);
        Assert.Equal((ApprovalDecisionStatus.Decided, false), (retried.Status, retried.Replayed));
    }

    [SkippableFact]
    public async Task TryDecideAsync_WithdrawAndApproveRace_ExactlyOneFinalState()
    {
        var (store, outbox, _) = await OpenAsync();
        var other = new SqlApprovalStore(await Database.OpenMigratedAsync(), Time);
        for (var round = 0; round < 6; round++)
        {
            var request = TestRequests.New(Time);
            await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var withdraw = Task.Run(async () =>
            {
                await start.Task;
                return await store.TryDecideAsync(request.Id, new ApprovalDecision(ApprovalState.Withdrawn, TestRequests.Agent, Time.GetUtcNow(), "withdraw"), TestRequests.Effects(request.Id, "withdrawn"), CancellationToken.None);
            });
            var approve = Task.Run(async () =>
            {
                await start.Task;
                return await other.TryDecideAsync(request.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "approve"), TestRequests.Effects(request.Id, "approved"), CancellationToken.None);
            });
            start.SetResult();
            var results = await Task.WhenAll(withdraw, approve);

            Assert.Single(results, r => r.Status == ApprovalDecisionStatus.Decided);
            Assert.Single(results, r => r.Status == ApprovalDecisionStatus.AlreadyDecided);
            var final = (await store.GetAsync(request.Id, CancellationToken.None))!.State;
            Assert.Equal(final, results.Single(r => r.Status == ApprovalDecisionStatus.Decided).Request!.State);
            var expectedTarget = final == ApprovalState.Withdrawn ? "conversation-withdrawn" : "conversation-approved";
            Assert.Equal([expectedTarget], (await outbox.ListByCorrelationAsync(request.Id, CancellationToken.None)).Select(m => m.Target));
        }
    }

    [SkippableFact]
    public async Task TryDecideAsync_PendingAsFinalState_Throws()
    {
        var (store, _, _) = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.TryDecideAsync(
            "x", new ApprovalDecision(ApprovalState.Pending, TestRequests.Agent, Time.GetUtcNow(), "k"), ApprovalEffects.None, CancellationToken.None));
    }

    [SkippableFact]
    public async Task ListPendingAsync_PagesOfTwo_OldestFirstOnlyThisTeamsPending()
    {
        var (store, _, _) = await OpenAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var request = TestRequests.New(Time);
            await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
            ids.Add(request.Id);
            await store.CreateAsync(TestRequests.New(Time, team: "sales"), ApprovalEffects.None, CancellationToken.None);
            // Two requests in the same instant: the id breaks the tie.
            if (i != 2)
            {
                Time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        await store.TryDecideAsync(ids[1], TestRequests.Approve("sup-1", Time.GetUtcNow(), "k"), ApprovalEffects.None, CancellationToken.None);
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await store.ListPendingAsync("care", 2, cursor, CancellationToken.None);
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items.Select(r => r.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal([ids[0], .. new[] { ids[2], ids[3] }.Order(StringComparer.Ordinal), ids[4]], seen);
        Assert.Equal(2, pages);
        Assert.Empty((await store.ListPendingAsync("nobody", 10, null, CancellationToken.None)).Items);
    }

    [SkippableTheory]
    [InlineData("garbage")]
    [InlineData("12.")]
    [InlineData("-5.abc")]
    public async Task ListPendingAsync_ForeignCursor_ArgumentException(string cursor)
    {
        var (store, _, _) = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.ListPendingAsync("care", 10, cursor, CancellationToken.None));
    }

    [SkippableFact]
    public async Task ListDueAsync_ReminderAndEscalation_OnlyPendingUnmarkedAndDue()
    {
        var (store, outbox, _) = await OpenAsync();
        var early = TestRequests.New(Time, dueAfter: TimeSpan.FromMinutes(10));
        var late = TestRequests.New(Time, dueAfter: TimeSpan.FromMinutes(60));
        var decided = TestRequests.New(Time, dueAfter: TimeSpan.FromMinutes(10));
        foreach (var request in new[] { early, late, decided })
        {
            await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
        }

        await store.TryDecideAsync(decided.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "k"), ApprovalEffects.None, CancellationToken.None);
        var now = Time.GetUtcNow();

        Assert.Empty(await store.ListDueAsync(ApprovalDueKind.Reminder, now + TimeSpan.FromMinutes(7), 10, CancellationToken.None));
        Assert.Equal([early.Id], (await store.ListDueAsync(ApprovalDueKind.Reminder, now + TimeSpan.FromMinutes(7.5), 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Empty(await store.ListDueAsync(ApprovalDueKind.Escalation, now + TimeSpan.FromMinutes(9), 10, CancellationToken.None));
        Assert.Equal([early.Id, late.Id], (await store.ListDueAsync(ApprovalDueKind.Escalation, now + TimeSpan.FromHours(2), 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([early.Id], (await store.ListDueAsync(ApprovalDueKind.Escalation, now + TimeSpan.FromHours(2), 1, CancellationToken.None)).Select(r => r.Id));

        Assert.True(await store.TryMarkDueAsync(early.Id, ApprovalDueKind.Escalation, now, TestRequests.Effects(early.Id, "escalated"), CancellationToken.None));
        Assert.False(await store.TryMarkDueAsync(early.Id, ApprovalDueKind.Escalation, now, TestRequests.Effects(early.Id, "again"), CancellationToken.None));
        Assert.False(await store.TryMarkDueAsync(decided.Id, ApprovalDueKind.Reminder, now, TestRequests.Effects(decided.Id, "decided"), CancellationToken.None));

        Assert.Equal([late.Id], (await store.ListDueAsync(ApprovalDueKind.Escalation, now + TimeSpan.FromHours(2), 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([early.Id, late.Id], (await store.ListDueAsync(ApprovalDueKind.Reminder, now + TimeSpan.FromHours(2), 10, CancellationToken.None)).Select(r => r.Id));
        var marked = await store.GetAsync(early.Id, CancellationToken.None);
        Assert.Equal((now, (DateTimeOffset?)null, 2L), (marked!.EscalatedAt!.Value, marked.RemindedAt, marked.Version));
        Assert.Equal(["conversation-escalated"], (await outbox.ListByCorrelationAsync(early.Id, CancellationToken.None)).Select(m => m.Target));
        Assert.Empty(await outbox.ListByCorrelationAsync(decided.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task CardReferences_AddedTwice_KeptOnceInOrder()
    {
        var (store, _, _) = await OpenAsync();
        var request = TestRequests.New(Time);
        await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
        var supervisors = new ApprovalCardReference(ApprovalCardRole.Supervisors, "19:team@thread.tacv2", "1700000000001", "https://smba.example/emea/");
        var agent = new ApprovalCardReference(ApprovalCardRole.Agent, "a:1xyz", "1700000000002");

        await store.AddCardReferenceAsync(request.Id, supervisors, CancellationToken.None);
        await store.AddCardReferenceAsync(request.Id, agent, CancellationToken.None);
        await store.AddCardReferenceAsync(request.Id, supervisors, CancellationToken.None);

        Assert.Equal([supervisors, agent], await store.ListCardReferencesAsync(request.Id, CancellationToken.None));
        Assert.Empty(await store.ListCardReferencesAsync("other", CancellationToken.None));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.AddCardReferenceAsync("missing", agent, CancellationToken.None));
    }

    [SkippableFact]
    public async Task PurgeDraftTextAsync_DecidedBeforeCutoff_TextsEmptiedDecisionKept()
    {
        var (store, _, _) = await OpenAsync();
        var old = TestRequests.New(Time);
        var pending = TestRequests.New(Time);
        await store.CreateAsync(old, ApprovalEffects.None, CancellationToken.None);
        await store.CreateAsync(pending, ApprovalEffects.None, CancellationToken.None);
        await store.TryDecideAsync(old.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "k"), ApprovalEffects.None, CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(31));
        var recent = TestRequests.New(Time);
        await store.CreateAsync(recent, ApprovalEffects.None, CancellationToken.None);
        await store.TryDecideAsync(recent.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "k"), ApprovalEffects.None, CancellationToken.None);

        var purged = await store.PurgeDraftTextAsync(Time.GetUtcNow() - TimeSpan.FromDays(30), CancellationToken.None);
        var again = await store.PurgeDraftTextAsync(Time.GetUtcNow() - TimeSpan.FromDays(30), CancellationToken.None);

        Assert.Equal((1, 0), (purged, again));
        var read = (await store.GetAsync(old.Id, CancellationToken.None))!;
        Assert.Equal((string.Empty, string.Empty, (string?)null, (string?)null), (read.DraftText, read.VerdictJson, read.SuggestedRewrite, read.Decision!.FinalText));
        Assert.Equal(("sup-1", ApprovalState.Approved), (read.Decision.DecidedBy.Id, read.State));
        Assert.Equal(old.RuleIds, read.RuleIds);
        Assert.Equal(pending.DraftText, (await store.GetAsync(pending.Id, CancellationToken.None))!.DraftText);
        Assert.Equal("final text", (await store.GetAsync(recent.Id, CancellationToken.None))!.Decision!.FinalText);
    }

    [SkippableFact]
    public async Task CreateAsync_SameRequestKeyTwice_ReturnsTheFirstAndWritesNothingMore()
    {
        var (store, outbox, _) = await OpenAsync();
        var card = new ApprovalCardReference(ApprovalCardRole.Agent, "conversation-1", "agent-card-1", "https://smba.example/");
        var first = TestRequests.New(Time) with { RequestKey = "teams|conversation-1|agent-card-1" };
        var second = TestRequests.New(Time) with { RequestKey = first.RequestKey };

        var stored = await store.CreateAsync(first, TestRequests.Effects(first.Id, "first") with { Cards = [card] }, CancellationToken.None);
        var again = await store.CreateAsync(second, TestRequests.Effects(second.Id, "second") with { Cards = [card] }, CancellationToken.None);

        Assert.Equal(first.Id, stored.Id);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.RequestKey, again.RequestKey);
        Assert.Null(await store.GetAsync(second.Id, CancellationToken.None));
        Assert.Empty(await outbox.ListByCorrelationAsync(second.Id, CancellationToken.None));
        Assert.Equal([card], await store.ListCardReferencesAsync(first.Id, CancellationToken.None));
    }
}
