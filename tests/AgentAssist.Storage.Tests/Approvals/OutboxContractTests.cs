using AgentAssist.Core.Approvals;
using AgentAssist.Storage.Approvals;
using AgentAssist.Storage.Tests.Infrastructure;

namespace AgentAssist.Storage.Tests.Approvals;

/// <summary>The <see cref="IOutbox"/> contract, run against each provider by a derived class.</summary>
public abstract class OutboxContractTests : StorageTestBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static readonly OutboxRetryPolicy Policy = new() { BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(60), MaxAttempts = 4 };

    private async Task<SqlOutbox> OpenAsync() => new(await Database.OpenMigratedAsync(), Policy, Time);

    private static NewOutboxMessage Message(int i, string? correlation = null) => new("teams.postCard", $"target-{i}", $$"""{"n":{{i}}}""", correlation);

    [SkippableFact]
    public async Task ClaimAsync_Due_LeasesOldestFirstAndCountsTheAttempt()
    {
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync([Message(1), Message(2), Message(3)], CancellationToken.None);

        var claimed = await outbox.ClaimAsync("dispatcher-a", 2, Lease, CancellationToken.None);

        Assert.Equal(["target-1", "target-2"], claimed.Select(m => m.Target));
        Assert.All(claimed, m => Assert.Equal((1, "dispatcher-a", Time.GetUtcNow() + Lease), (m.Attempts, m.LeaseOwner, m.LeaseExpiresAt!.Value)));
        Assert.Equal(["target-3"], (await outbox.ClaimAsync("dispatcher-b", 10, Lease, CancellationToken.None)).Select(m => m.Target));
        Assert.Empty(await outbox.ClaimAsync("dispatcher-b", 10, Lease, CancellationToken.None));
    }

    [SkippableFact]
    public async Task EnqueueAsync_ThousandsInOneCall_AllStoredInOrder()
    {
        var outbox = await OpenAsync();

        await outbox.EnqueueAsync(Enumerable.Range(0, 2500).Select(i => Message(i)).ToList(), CancellationToken.None);

        var claimed = await outbox.ClaimAsync("d", 3000, Lease, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 2500).Select(i => $"target-{i}"), claimed.Select(m => m.Target));
    }

    [SkippableFact]
    public async Task ClaimAsync_TwoInstancesAtOnce_EveryMessageClaimedExactlyOnce()
    {
        var first = await OpenAsync();
        var second = new SqlOutbox(await Database.OpenMigratedAsync(), Policy, Time);
        await first.EnqueueAsync(Enumerable.Range(0, 200).Select(i => Message(i)).ToList(), CancellationToken.None);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var dispatchers = Enumerable.Range(0, 8).Select(d => Task.Run(async () =>
        {
            await start.Task;
            var outbox = d % 2 == 0 ? first : second;
            var mine = new List<string>();
            while (true)
            {
                var batch = await outbox.ClaimAsync($"dispatcher-{d}", 7, Lease, CancellationToken.None);
                if (batch.Count == 0)
                {
                    return mine;
                }

                foreach (var message in batch)
                {
                    mine.Add(message.Id);
                    Assert.True(await outbox.MarkDeliveredAsync(message.Id, $"dispatcher-{d}", CancellationToken.None));
                }
            }
        })).ToList();
        start.SetResult();
        var claims = (await Task.WhenAll(dispatchers)).SelectMany(c => c).ToList();

        Assert.Equal(200, claims.Count);
        Assert.Equal(200, claims.Distinct().Count());
    }

    [SkippableFact]
    public async Task ClaimAsync_LeaseExpired_ClaimedAgainByAnotherAndFirstOwnerLosesIt()
    {
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync([Message(1)], CancellationToken.None);
        var crashed = Assert.Single(await outbox.ClaimAsync("crashed", 1, Lease, CancellationToken.None));

        Time.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await outbox.ClaimAsync("rescuer", 1, Lease, CancellationToken.None));
        Time.Advance(TimeSpan.FromSeconds(1));
        var again = Assert.Single(await outbox.ClaimAsync("rescuer", 1, Lease, CancellationToken.None));

        Assert.Equal((crashed.Id, 2, "rescuer"), (again.Id, again.Attempts, again.LeaseOwner));
        Assert.False(await outbox.MarkDeliveredAsync(crashed.Id, "crashed", CancellationToken.None));
        var late = await outbox.MarkFailedAsync(crashed.Id, "crashed", "HTTP 500", null, CancellationToken.None);
        Assert.False(late.LeaseHeld);
        Assert.True(await outbox.MarkDeliveredAsync(crashed.Id, "rescuer", CancellationToken.None));
        Assert.Equal(OutboxMessageState.Delivered, (await outbox.GetAsync(crashed.Id, CancellationToken.None))!.State);
        Assert.Empty(await outbox.ClaimAsync("rescuer", 1, Lease, CancellationToken.None));
    }

    [SkippableFact]
    public async Task ClaimAsync_InstanceCrashedMidSendAfterDecision_NewInstanceDeliversAfterRestart()
    {
        var before = await Database.OpenMigratedAsync();
        var store = new SqlApprovalStore(before, Time);
        var request = TestRequests.New(Time);
        await store.CreateAsync(request, ApprovalEffects.None, CancellationToken.None);
        await store.TryDecideAsync(request.Id, TestRequests.Approve("sup-1", Time.GetUtcNow(), "k"), TestRequests.Effects(request.Id, "decided"), CancellationToken.None);
        var inFlight = Assert.Single(await new SqlOutbox(before, Policy, Time).ClaimAsync("instance-1", 10, Lease, CancellationToken.None));
        await before.DisposeAsync();

        var restarted = new SqlOutbox(await Database.OpenMigratedAsync(), Policy, Time);
        Assert.Empty(await restarted.ClaimAsync("instance-2", 10, Lease, CancellationToken.None));
        Time.Advance(Lease);
        var redelivered = Assert.Single(await restarted.ClaimAsync("instance-2", 10, Lease, CancellationToken.None));

        Assert.Equal((inFlight.Id, "conversation-decided", 2), (redelivered.Id, redelivered.Target, redelivered.Attempts));
        Assert.True(await restarted.MarkDeliveredAsync(redelivered.Id, "instance-2", CancellationToken.None));
    }

    [SkippableFact]
    public async Task MarkFailedAsync_Backoff_DoublesAndWaitsForRetryAfter()
    {
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync([Message(1)], CancellationToken.None);
        var message = Assert.Single(await outbox.ClaimAsync("d", 1, Lease, CancellationToken.None));

        var first = await outbox.MarkFailedAsync(message.Id, "d", "HTTP 503", null, CancellationToken.None);
        Assert.Equal(Time.GetUtcNow() + TimeSpan.FromSeconds(2), first.NextAttemptAt);
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(await outbox.ClaimAsync("d", 1, Lease, CancellationToken.None));
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(await outbox.ClaimAsync("d", 1, Lease, CancellationToken.None));

        var second = await outbox.MarkFailedAsync(message.Id, "d", "HTTP 503", null, CancellationToken.None);
        Assert.Equal(Time.GetUtcNow() + TimeSpan.FromSeconds(4), second.NextAttemptAt);
        Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Single(await outbox.ClaimAsync("d", 1, Lease, CancellationToken.None));

        var throttled = await outbox.MarkFailedAsync(message.Id, "d", "HTTP 429", TimeSpan.FromSeconds(45), CancellationToken.None);
        Assert.Equal((OutboxMessageState.Pending, Time.GetUtcNow() + TimeSpan.FromSeconds(45)), (throttled.State, throttled.NextAttemptAt));
        var stored = await outbox.GetAsync(message.Id, CancellationToken.None);
        Assert.Equal(("HTTP 429", (string?)null, 3), (stored!.LastError, stored.LeaseOwner, stored.Attempts));
    }

    [SkippableFact]
    public async Task MarkFailedAsync_LastAttempt_DeadLetteredAndNeverClaimedAgain()
    {
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync([Message(1), Message(2)], CancellationToken.None);
        var id = (await outbox.ClaimAsync("d", 1, Lease, CancellationToken.None))[0].Id;
        await outbox.MarkDeliveredAsync((await outbox.ClaimAsync("d", 1, Lease, CancellationToken.None))[0].Id, "d", CancellationToken.None);
        var results = new List<OutboxFailureResult> { await outbox.MarkFailedAsync(id, "d", "HTTP 502", null, CancellationToken.None) };
        for (var attempt = 2; attempt <= Policy.MaxAttempts; attempt++)
        {
            Time.Advance(TimeSpan.FromMinutes(5));
            Assert.Single(await outbox.ClaimAsync("d", 1, Lease, CancellationToken.None));
            results.Add(await outbox.MarkFailedAsync(id, "d", "HTTP 502", null, CancellationToken.None));
        }

        Assert.Equal(
            [OutboxMessageState.Pending, OutboxMessageState.Pending, OutboxMessageState.Pending, OutboxMessageState.DeadLettered],
            results.Select(r => r.State));
        Time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await outbox.ClaimAsync("d", 10, Lease, CancellationToken.None));
        var dead = Assert.Single(await outbox.ListDeadLetteredAsync(10, CancellationToken.None));
        Assert.Equal((id, 4, "HTTP 502"), (dead.Id, dead.Attempts, dead.LastError));
    }

    [SkippableFact]
    public async Task ClaimAsync_CrashDuringLastAttempt_DeadLetteredWhenTheLeaseExpires()
    {
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync([Message(1)], CancellationToken.None);
        for (var attempt = 1; attempt < Policy.MaxAttempts; attempt++)
        {
            var claimed = Assert.Single(await outbox.ClaimAsync("d", 1, Lease, CancellationToken.None));
            await outbox.MarkFailedAsync(claimed.Id, "d", "timeout", null, CancellationToken.None);
            Time.Advance(TimeSpan.FromMinutes(5));
        }

        var last = Assert.Single(await outbox.ClaimAsync("crashes", 1, Lease, CancellationToken.None));
        Time.Advance(Lease);

        Assert.Empty(await outbox.ClaimAsync("d", 1, Lease, CancellationToken.None));
        Assert.Equal(OutboxMessageState.DeadLettered, (await outbox.GetAsync(last.Id, CancellationToken.None))!.State);
    }

    [SkippableFact]
    public async Task ClaimAsync_SameCorrelation_LaterWaitsUntilEarlierDelivered()
    {
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync([Message(1, "req-a"), Message(2, "req-a"), Message(3, "req-b"), Message(4)], CancellationToken.None);

        var firstBatch = await outbox.ClaimAsync("d", 10, Lease, CancellationToken.None);
        Assert.Equal(["target-1", "target-3", "target-4"], firstBatch.Select(m => m.Target));
        await outbox.MarkFailedAsync(firstBatch[0].Id, "d", "HTTP 503", null, CancellationToken.None);
        Assert.True(await outbox.MarkDeliveredAsync(firstBatch[1].Id, "d", CancellationToken.None));
        Assert.True(await outbox.MarkDeliveredAsync(firstBatch[2].Id, "d", CancellationToken.None));
        Time.Advance(TimeSpan.FromMinutes(1));
        var retry = await outbox.ClaimAsync("d", 10, Lease, CancellationToken.None);
        Assert.Equal(["target-1"], retry.Select(m => m.Target));
        Assert.True(await outbox.MarkDeliveredAsync(retry[0].Id, "d", CancellationToken.None));

        Assert.Equal(["target-2"], (await outbox.ClaimAsync("d", 10, Lease, CancellationToken.None)).Select(m => m.Target));
    }

    [SkippableFact]
    public async Task ListByCorrelationAsync_MixedStates_AllInEnqueueOrder()
    {
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync([Message(1, "req"), Message(2), Message(3, "req")], CancellationToken.None);
        var claimed = await outbox.ClaimAsync("d", 10, Lease, CancellationToken.None);
        await outbox.MarkDeliveredAsync(claimed[0].Id, "d", CancellationToken.None);

        var listed = await outbox.ListByCorrelationAsync("req", CancellationToken.None);

        Assert.Equal([("target-1", OutboxMessageState.Delivered), ("target-3", OutboxMessageState.Pending)], listed.Select(m => (m.Target, m.State)));
        Assert.Null(await outbox.GetAsync("missing", CancellationToken.None));
    }

    [SkippableFact]
    public async Task RenewAsync_LeaseRunOutAndClaimedByAnother_FalseAndTheOtherHoldsIt()
    {
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync([Message(1)], CancellationToken.None);
        var id = (await outbox.ClaimAsync("a", 1, Lease, CancellationToken.None))[0].Id;

        Time.Advance(Lease / 2);
        Assert.True(await outbox.RenewAsync(id, "a", Lease, CancellationToken.None));
        Time.Advance(Lease * 0.9);
        Assert.Empty(await outbox.ClaimAsync("b", 1, Lease, CancellationToken.None));
        Time.Advance(Lease);
        var taken = Assert.Single(await outbox.ClaimAsync("b", 1, Lease, CancellationToken.None));

        Assert.True(taken.LeaseExpired);
        Assert.False(await outbox.RenewAsync(id, "a", Lease, CancellationToken.None));
        Assert.True(await outbox.RenewAsync(id, "b", Lease, CancellationToken.None));
    }

    [SkippableFact]
    public async Task ReleaseAsync_Claimed_DueAtOnceForAnotherWithoutCountingTheAttempt()
    {
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync([Message(1)], CancellationToken.None);
        var id = (await outbox.ClaimAsync("a", 1, Lease, CancellationToken.None))[0].Id;

        await outbox.ReleaseAsync(id, "a", CancellationToken.None);
        var taken = Assert.Single(await outbox.ClaimAsync("b", 1, Lease, CancellationToken.None));

        Assert.Equal((id, 1, false), (taken.Id, taken.Attempts, taken.LeaseExpired));
    }
}
