using AgentAssist.Operations.Tests.Harness;

namespace AgentAssist.Operations.Tests;

/// <summary>
/// Three bot processes on one PostgreSQL behind a round-robin balancer (one request per connection, so consecutive
/// requests land on different instances). Needs <c>AGENTASSIST_TEST_POSTGRES</c>.
/// </summary>
public sealed class SeveralInstancesTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(25);

    [SkippableFact]
    public async Task Approval_RequestedThroughOneInstanceDecidedThroughAnother_EveryMessageOnce()
    {
        Skip.If(Cluster.Admin is null, $"{Cluster.Variable} is not set.");
        await using var cluster = await Cluster.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await cluster.StartInstanceAsync();
        }

        var requestId = Cluster.RequestIdOf(await cluster.RequestAsync(cluster.Balancer.HttpBase, "agent-card-1", "f:invoke-1"));
        var card = (await cluster.Channel.WaitForAsync(c => DeliveryTests.Posts(c, Cluster.SupervisorsPath, requestId) == 1, Wait))
            .First(c => c.Path == Cluster.SupervisorsPath).ResponseId!;
        await cluster.DecideAsync(cluster.Balancer.HttpBase, Cluster.Ana, "approvalApprove", requestId, card, "f:ana-1");

        await cluster.Channel.WaitForAsync(c => c.Any(x => x.Method == "POST" && x.Path == Cluster.AgentPath), Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var calls = cluster.Channel.Calls;
        Assert.Equal(1, DeliveryTests.Posts(calls, Cluster.SupervisorsPath, requestId));
        Assert.Equal(1, calls.Count(c => c.Method == "PUT" && c.Path == $"{Cluster.SupervisorsPath}/{card}"));
        Assert.Equal(1, calls.Count(c => c.Method == "PUT" && c.Path == $"{Cluster.AgentPath}/agent-card-1"));
        Assert.Equal(1, calls.Count(c => c.Method == "POST" && c.Path == Cluster.AgentPath));
        Assert.DoesNotContain(calls, c => c.Status >= 300);
    }

    [SkippableFact]
    public async Task Sla_ThreeInstancesSweeping_OneReminderAndOneEscalation()
    {
        Skip.If(Cluster.Admin is null, $"{Cluster.Variable} is not set.");
        await using var cluster = await Cluster.StartAsync(new Dictionary<string, string>
        {
            ["Approvals__Teams__care__DefaultDueAfter"] = "00:00:05",
            ["Approvals__Teams__care__ReminderFraction"] = "0.5",
        });
        for (var i = 0; i < 3; i++)
        {
            await cluster.StartInstanceAsync();
        }

        var requestId = Cluster.RequestIdOf(await cluster.RequestAsync(cluster.Balancer.HttpBase, "agent-card-1", "f:invoke-1"));

        await cluster.Channel.WaitForAsync(c => DeliveryTests.Posts(c, Cluster.EscalationPath, requestId) == 1, Wait);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(2, DeliveryTests.Posts(cluster.Channel.Calls, Cluster.SupervisorsPath, requestId));
        Assert.Equal(1, DeliveryTests.Posts(cluster.Channel.Calls, Cluster.EscalationPath, requestId));
    }
}
