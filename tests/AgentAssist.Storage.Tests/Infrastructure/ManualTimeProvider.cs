namespace AgentAssist.Storage.Tests.Infrastructure;

/// <summary>A clock the test moves by hand. Starts on a whole second so PostgreSQL's microseconds keep every value exact.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _ticks = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
