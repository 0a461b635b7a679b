namespace AgentAssist.Core.Tests.Suggestions;

/// <summary>A clock that always reads <paramref name="now"/>, so relative dates ("yesterday") are reproducible.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
