using AgentAssist.Core.Approvals;

namespace AgentAssist.Core.Tests.Approvals;

public sealed class OutboxRetryPolicyTests
{
    private static readonly OutboxRetryPolicy Policy = new() { BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromMinutes(1), MaxAttempts = 5 };

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(5, 32)]
    [InlineData(6, 60)]
    [InlineData(60, 60)]
    [InlineData(int.MaxValue, 60)]
    public void DelayAfter_Attempts_DoublesUpToTheCap(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Policy.DelayAfter(attempts));

    [Fact]
    public void DelayAfter_LongerRetryAfter_WaitsForIt() =>
        Assert.Equal(TimeSpan.FromSeconds(90), Policy.DelayAfter(1, TimeSpan.FromSeconds(90)));

    [Fact]
    public void DelayAfter_ShorterRetryAfter_KeepsTheBackoff() =>
        Assert.Equal(TimeSpan.FromSeconds(8), Policy.DelayAfter(3, TimeSpan.FromSeconds(1)));

    [Fact]
    public void DelayAfter_ZeroAttempts_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.DelayAfter(0));

    [Fact]
    public void Default_TenAttemptsFromTwoSecondsToFiveMinutes() =>
        Assert.Equal((10, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5)), (OutboxRetryPolicy.Default.MaxAttempts, OutboxRetryPolicy.Default.DelayAfter(1), OutboxRetryPolicy.Default.DelayAfter(10)));
}
