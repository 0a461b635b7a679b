using System.Collections.Concurrent;

namespace AgentAssist.Slack.Hosting;

/// <summary>
/// Remembers the events and interactions already taken in, so that Slack's retries (same <c>event_id</c>, with
/// <c>X-Slack-Retry-Num</c>) are acknowledged without doing the work twice. Slack retries for about 5 minutes; ids are
/// kept for <see cref="Retention"/>, at most <see cref="Capacity"/> of them (the oldest go first).
/// </summary>
public sealed class SlackRetryDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(30);

    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    private readonly ConcurrentQueue<(string Id, DateTimeOffset At)> _order = new();

    /// <summary>True the first time an id is seen within the retention; false for a repeat.</summary>
    public bool TryClaim(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var now = time.GetUtcNow();
        Prune(now);
        if (!_seen.TryAdd(id, now))
        {
            return false;
        }

        _order.Enqueue((id, now));
        return true;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (now - oldest.At > Retention || _order.Count > Capacity))
        {
            if (_order.TryDequeue(out oldest))
            {
                _seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(oldest.Id, oldest.At));
            }
        }
    }
}
