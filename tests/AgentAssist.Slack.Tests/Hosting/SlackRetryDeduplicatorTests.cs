using AgentAssist.Slack.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AgentAssist.Slack.Tests.Hosting;

public sealed class SlackRetryDeduplicatorTests
{
    [Fact]
    public void TryClaim_SameIdWithinRetention_OnlyFirstClaims()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var seen = new SlackRetryDeduplicator(time);

        Assert.True(seen.TryClaim("Ev1"));
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.False(seen.TryClaim("Ev1"));
        Assert.True(seen.TryClaim("Ev2"));
    }

    [Fact]
    public void TryClaim_AfterRetention_ClaimsAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var seen = new SlackRetryDeduplicator(time);
        seen.TryClaim("Ev1");

        time.Advance(SlackRetryDeduplicator.Retention + TimeSpan.FromSeconds(1));

        Assert.True(seen.TryClaim("Ev1"));
    }
}
