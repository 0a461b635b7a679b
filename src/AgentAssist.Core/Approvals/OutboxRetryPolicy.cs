namespace AgentAssist.Core.Approvals;

/// <summary>
/// How an outbox retries: exponential backoff from <see cref="BaseDelay"/> doubling up to <see cref="MaxDelay"/>, never
/// sooner than a channel's Retry-After, and dead-letter after <see cref="MaxAttempts"/> attempts.
/// </summary>
public sealed record OutboxRetryPolicy
{
    /// <summary>Defaults: 2 s doubling to 5 min, 10 attempts (about 20 minutes in all).</summary>
    public static OutboxRetryPolicy Default { get; } = new();

    /// <summary>The delay after the first failure.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many failed attempts a message is dead-lettered.</summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>The delay after the <paramref name="attempts"/>-th failed attempt (1-based), at least <paramref name="retryAfter"/>.</summary>
    public TimeSpan DelayAfter(int attempts, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var exponent = Math.Min(attempts - 1, 30);
        var ticks = Math.Min(BaseDelay.Ticks * (double)(1L << exponent), MaxDelay.Ticks);
        var delay = TimeSpan.FromTicks((long)ticks);
        return retryAfter is { } after && after > delay ? after : delay;
    }
}
