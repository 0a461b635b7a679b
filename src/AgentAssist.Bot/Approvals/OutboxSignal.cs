namespace AgentAssist.Bot.Approvals;

/// <summary>
/// Wakes the outbox dispatcher as soon as something was enqueued in this instance, so a card goes out at once rather
/// than at the next poll; other instances' messages are found by polling.
/// </summary>
internal sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up drains everything that is due.
        }
    }

    public void Dispose() => _signal.Dispose();

    /// <summary>Waits for a signal or for <paramref name="timeout"/> on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, linked.Token);
        var signalled = _signal.WaitAsync(linked.Token);
        await Task.WhenAny(delay, signalled).ConfigureAwait(false);
        await linked.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (signalled.IsCompletedSuccessfully is false)
        {
            try
            {
                await signalled.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The wait for a signal was cancelled because the timeout came first.
            }
        }
    }
}
