using System.Net;
using AgentAssist.Operations.Tests.Harness;
using AgentAssist.Testing;

namespace AgentAssist.Operations.Tests;

/// <summary>
/// Delivery as promised, with real processes: bot instances killed (SIGKILL) or stopped (SIGTERM) at chosen moments, a
/// slow or refusing loopback channel, and the database cut off and back. Each card and message reaches the channel once,
/// except the one send the protocol cannot make idempotent (the instance died after the channel took it and before
/// the database heard of it), which is sent again and counted. Needs <c>AGENTASSIST_TEST_POSTGRES</c>.
/// </summary>
public sealed class DeliveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(25);

    [SkippableFact]
    public async Task Request_SameCardOnTwoInstancesAtOnce_OneRequestOneCard()
    {
        Skip.If(Cluster.Admin is null, $"{Cluster.Variable} is not set.");
        await using var cluster = await Cluster.StartAsync();
        var first = await cluster.StartInstanceAsync();
        var second = await cluster.StartInstanceAsync();

        var answers = await Task.WhenAll(
            cluster.RequestAsync(first.BaseUrl, "agent-card-1", "f:invoke-1"),
            cluster.RequestAsync(second.BaseUrl, "agent-card-1", "f:invoke-1"),
            cluster.RequestAsync(second.BaseUrl, "agent-card-1", "f:invoke-2"));

        var requestId = Cluster.RequestIdOf(answers[0]);
        Assert.All(answers, a => Assert.Equal(requestId, Cluster.RequestIdOf(a)));
        await cluster.Channel.WaitForAsync(c => Posts(c, Cluster.SupervisorsPath, requestId) == 1, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(1, await cluster.ScalarAsync("SELECT count(*) FROM approvals;"));
        Assert.Equal(1, Posts(cluster.Channel.Calls, Cluster.SupervisorsPath, requestId));
        Assert.Equal(1, await cluster.ScalarAsync($"SELECT count(*) FROM approval_cards WHERE approval_id = '{requestId}' AND role = 1 AND activity_id = 'agent-card-1';"));
    }

    [SkippableFact]
    public async Task Outbox_ChannelSlowerThanTheLease_EachCardPostedOnce()
    {
        Skip.If(Cluster.Admin is null, $"{Cluster.Variable} is not set.");
        await using var cluster = await Cluster.StartAsync(new Dictionary<string, string> { ["Approvals__OutboxLease"] = "00:00:01.500" });
        await cluster.StartInstanceAsync();
        await cluster.StartInstanceAsync();
        cluster.Channel.Delay = TimeSpan.FromSeconds(2.5);

        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(Cluster.RequestIdOf(await cluster.RequestAsync(cluster.Balancer.HttpBase, $"agent-card-{i}", $"f:invoke-{i}")));
        }

        await cluster.Channel.WaitForAsync(c => ids.All(id => Posts(c, Cluster.SupervisorsPath, id) >= 1), TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.All(ids, id => Assert.Equal(1, Posts(cluster.Channel.Calls, Cluster.SupervisorsPath, id)));
    }

    [SkippableFact]
    public async Task Outbox_ChannelAnswers503WithRetryAfter_WaitsThatLong()
    {
        Skip.If(Cluster.Admin is null, $"{Cluster.Variable} is not set.");
        await using var cluster = await Cluster.StartAsync();
        await cluster.StartInstanceAsync();
        cluster.Channel.FailNext(503, 1, TimeSpan.FromSeconds(5));

        var requestId = Cluster.RequestIdOf(await cluster.RequestAsync(cluster.Balancer.HttpBase, "agent-card-1", "f:invoke-1"));

        await cluster.Channel.WaitForAsync(c => Posts(c, Cluster.SupervisorsPath, requestId) == 1, Wait);
        var calls = cluster.Channel.Calls.Where(c => c.Path == Cluster.SupervisorsPath).ToList();
        Assert.Equal([503, 201], calls.Select(c => c.Status));
        Assert.InRange(calls[1].At - calls[0].At, TimeSpan.FromSeconds(4.9), TimeSpan.FromSeconds(9));
    }

    [SkippableFact]
    public async Task Outbox_InstanceKilledWhileTheChannelHasTheAgentsMessage_AnotherInstanceCompletesAndCountsTheResend()
    {
        Skip.If(Cluster.Admin is null, $"{Cluster.Variable} is not set.");
        await using var cluster = await Cluster.StartAsync();
        var first = await cluster.StartInstanceAsync();
        var hold = cluster.Channel.HoldNext(c => c.Method == "POST" && c.Path == Cluster.AgentPath);
        var requestId = Cluster.RequestIdOf(await cluster.RequestAsync(first.BaseUrl, "agent-card-1", "f:invoke-1"));
        var card = (await cluster.Channel.WaitForAsync(c => Posts(c, Cluster.SupervisorsPath, requestId) == 1, Wait))
            .First(c => c.Path == Cluster.SupervisorsPath).ResponseId!;
        await cluster.DecideAsync(first.BaseUrl, Cluster.Ana, "approvalApprove", requestId, card, "f:ana-1");

        // The channel has taken the agent's message; the instance dies before it hears back.
        await hold.Arrived.WaitAsync(Wait);
        var second = await cluster.StartInstanceAsync();
        await cluster.KillAsync(first);
        hold.Release();

        await cluster.Channel.WaitForAsync(c => c.Count(x => x.Method == "POST" && x.Path == Cluster.AgentPath) == 2, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, Posts(cluster.Channel.Calls, Cluster.SupervisorsPath, requestId));
        Assert.Equal(1, cluster.Channel.Calls.Count(c => c.Method == "PUT" && c.Path == $"{Cluster.SupervisorsPath}/{card}"));
        Assert.Equal(2, cluster.Channel.Calls.Count(c => c.Method == "POST" && c.Path == Cluster.AgentPath));
        Assert.Equal(0, await cluster.ScalarAsync($"SELECT count(*) FROM outbox_messages WHERE correlation_id = '{requestId}' AND state <> 1;"));
        Assert.NotEmpty(second.LinesWith("is sent again"));
    }

    [SkippableFact]
    public async Task Outbox_DatabaseCutWhileACardIsPosted_CardRecordedRestOfBatchSentOnceReadinessFollowsTheDatabase()
    {
        Skip.If(Cluster.Admin is null, $"{Cluster.Variable} is not set.");
        await using var cluster = await Cluster.StartAsync();
        var instance = await cluster.StartInstanceAsync();
        var hold = cluster.Channel.HoldNext(c => c.Method == "POST" && c.Path == Cluster.SupervisorsPath);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(Cluster.RequestIdOf(await cluster.RequestAsync(instance.BaseUrl, $"agent-card-{i}", $"f:invoke-{i}")));
        }

        var held = await hold.Arrived.WaitAsync(Wait);
        cluster.Database.Cut();
        hold.Release();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await Cluster.GetStatusAsync(new Uri(instance.BaseUrl, "health/ready")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await Cluster.GetStatusAsync(new Uri(instance.BaseUrl, "health")));
        Assert.Equal(HttpStatusCode.OK, await Cluster.GetStatusAsync(new Uri(instance.BaseUrl, "health/live")));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        cluster.Database.Restore();

        await cluster.Channel.WaitForAsync(c => ids.All(id => Posts(c, Cluster.SupervisorsPath, id) >= 1), Wait);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.All(ids, id => Assert.Equal(1, Posts(cluster.Channel.Calls, Cluster.SupervisorsPath, id)));
        Assert.Equal(1, await cluster.ScalarAsync($"SELECT count(*) FROM approval_cards WHERE activity_id = '{held.ResponseId}';"));
        Assert.Equal(HttpStatusCode.OK, await Cluster.GetStatusAsync(new Uri(instance.BaseUrl, "health/ready")));

        // The card posted during the outage is the one updated after the decision.
        await cluster.DecideAsync(instance.BaseUrl, Cluster.Luis, "approvalApprove", held.RequestId!, held.ResponseId!, "f:luis-1");
        await cluster.Channel.WaitForAsync(c => c.Any(x => x.Method == "PUT" && x.Path == $"{Cluster.SupervisorsPath}/{held.ResponseId}"), Wait);
    }

    [SkippableFact]
    public async Task Outbox_InstanceRestartedAndDecidedElsewhere_AgentsStoredServiceUrlTrusted()
    {
        Skip.If(Cluster.Admin is null, $"{Cluster.Variable} is not set.");
        await using var cluster = await Cluster.StartAsync();
        var first = await cluster.StartInstanceAsync();
        var requestId = Cluster.RequestIdOf(await cluster.RequestAsync(first.BaseUrl, "agent-card-1", "f:invoke-1"));
        var card = (await cluster.Channel.WaitForAsync(c => Posts(c, Cluster.SupervisorsPath, requestId) == 1, Wait))
            .First(c => c.Path == Cluster.SupervisorsPath).ResponseId!;
        await cluster.KillAsync(first);

        // This instance never saw an activity from the agent's service URL.
        var second = await cluster.StartInstanceAsync();
        await cluster.DecideAsync(second.BaseUrl, Cluster.Ana, "approvalApprove", requestId, card, "f:ana-1");

        await cluster.Channel.WaitForAsync(
            c => c.Any(x => x.Method == "POST" && x.Path == Cluster.AgentPath) && c.Any(x => x.Method == "PUT" && x.Path == $"{Cluster.AgentPath}/agent-card-1"), Wait);
        Assert.DoesNotContain(cluster.Channel.Calls, c => c.Status >= 300);
    }

    [SkippableFact]
    public async Task Shutdown_SigtermWhileSending_FinishesTheSendAndGivesBackTheRest()
    {
        Skip.If(Cluster.Admin is null, $"{Cluster.Variable} is not set.");
        await using var cluster = await Cluster.StartAsync(new Dictionary<string, string> { ["Approvals__OutboxLease"] = "00:01:00" });
        var first = await cluster.StartInstanceAsync();

        // While the first card is held, three more requests wait; then one batch claims them all.
        var firstCard = cluster.Channel.HoldNext(c => c.Method == "POST" && c.Path == Cluster.SupervisorsPath);
        var ids = new List<string> { Cluster.RequestIdOf(await cluster.RequestAsync(first.BaseUrl, "agent-card-0", "f:invoke-0")) };
        await firstCard.Arrived.WaitAsync(Wait);
        for (var i = 1; i < 4; i++)
        {
            ids.Add(Cluster.RequestIdOf(await cluster.RequestAsync(first.BaseUrl, $"agent-card-{i}", $"f:invoke-{i}")));
        }

        var secondCard = cluster.Channel.HoldNext(c => c.Method == "POST" && c.Path == Cluster.SupervisorsPath && c.RequestId == ids[1]);
        firstCard.Release();
        await secondCard.Arrived.WaitAsync(Wait);
        var second = await cluster.StartInstanceAsync();
        var stopping = first.TerminateAsync(TimeSpan.FromSeconds(25));
        await Task.Delay(TimeSpan.FromSeconds(1));
        secondCard.Release();
        await stopping;

        // Far sooner than the one-minute lease: the stopped instance finished its send and gave back the rest.
        await cluster.Channel.WaitForAsync(c => ids.All(id => Posts(c, Cluster.SupervisorsPath, id) >= 1), TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.All(ids, id => Assert.Equal(1, Posts(cluster.Channel.Calls, Cluster.SupervisorsPath, id)));
        Assert.Equal(0, await cluster.ScalarAsync("SELECT count(*) FROM outbox_messages WHERE state <> 1;"));
        Assert.False(second.HasExited);
    }

    internal static int Posts(IEnumerable<ChannelCall> calls, string path, string requestId) =>
        calls.Count(c => c.Method == "POST" && c.Path == path && c.Status < 300 && c.RequestId == requestId);
}
