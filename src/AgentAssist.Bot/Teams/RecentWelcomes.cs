using System.Collections.Concurrent;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// Teams announces an install twice (<c>installationUpdate</c> and <c>conversationUpdate</c>); this remembers which
/// conversations were welcomed lately so each gets one welcome card.
/// </summary>
internal sealed class RecentWelcomes(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Bound on memory: past it, entries older than <see cref="Window"/> go, and if that is not enough, all go.</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomed = new(StringComparer.Ordinal);

    /// <summary>True, and remembered, when the conversation was not welcomed within <see cref="Window"/>.</summary>
    public bool TryClaim(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var now = time.GetUtcNow();
        if (_welcomed.Count >= MaxEntries)
        {
            Prune(now);
        }

        while (true)
        {
            if (_welcomed.TryGetValue(conversationId, out var last))
            {
                if (now - last < Window)
                {
                    return false;
                }

                if (_welcomed.TryUpdate(conversationId, now, last))
                {
                    return true;
                }
            }
            else if (_welcomed.TryAdd(conversationId, now))
            {
                return true;
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (conversationId, welcomedAt) in _welcomed)
        {
            if (now - welcomedAt >= Window)
            {
                _welcomed.TryRemove(conversationId, out _);
            }
        }

        if (_welcomed.Count >= MaxEntries)
        {
            _welcomed.Clear();
        }
    }
}
