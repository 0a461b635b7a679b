using System.Collections.Concurrent;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// Which request each agent card asked for lately, so a repeated "Send for approval" on the same card (a double click,
/// or Teams retrying the invoke) answers with the request already made instead of asking the supervisors twice. In
/// memory: a retry that reaches another instance within the same seconds can still make a second request.
/// </summary>
internal sealed class RecentApprovalRequests(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (string RequestId, DateTimeOffset At)> _requests = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The request made lately from the card <paramref name="cardKey"/>, if any.</summary>
    public string? Find(string cardKey) =>
        _requests.TryGetValue(cardKey, out var entry) && time.GetUtcNow() - entry.At < Window ? entry.RequestId : null;

    public void Remember(string cardKey, string requestId)
    {
        var now = time.GetUtcNow();
        if (_requests.Count >= MaxEntries)
        {
            foreach (var (key, entry) in _requests)
            {
                if (now - entry.At >= Window)
                {
                    _requests.TryRemove(key, out _);
                }
            }

            if (_requests.Count >= MaxEntries)
            {
                _requests.Clear();
            }
        }

        _requests[cardKey] = (requestId, now);
    }

    /// <summary>
    /// Runs <paramref name="action"/> for one request at a time, so two clicks at once make one request. Requests for
    /// approval are people clicking, a few a minute, so one gate for all costs nothing noticeable.
    /// </summary>
    public async Task<T> OneAtATimeAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
