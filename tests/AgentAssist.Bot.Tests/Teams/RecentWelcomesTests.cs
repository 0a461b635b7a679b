using AgentAssist.Bot.Teams;

namespace AgentAssist.Bot.Tests.Teams;

public sealed class RecentWelcomesTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2025, 11, 20, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void TryClaim_SameConversationTwiceWithinTheWindow_OnlyFirst()
    {
        var welcomes = new RecentWelcomes(new ManualTime());

        Assert.True(welcomes.TryClaim("a:1"));
        Assert.False(welcomes.TryClaim("a:1"));
        Assert.True(welcomes.TryClaim("a:2"));
    }

    [Fact]
    public void TryClaim_AfterTheWindow_Again()
    {
        var time = new ManualTime();
        var welcomes = new RecentWelcomes(time);
        Assert.True(welcomes.TryClaim("a:1"));

        time.Now += RecentWelcomes.Window;

        Assert.True(welcomes.TryClaim("a:1"));
    }
}
