using System.Collections.Concurrent;
using AgentAssist.BotFramework.Schema;

namespace AgentAssist.BotFramework.Tests.Fixtures;

/// <summary>Records the activities the endpoint hands over and answers invokes with <see cref="InvokeAnswer"/>.</summary>
public sealed class RecordingActivityHandler : IActivityHandler
{
    private readonly ConcurrentQueue<(Activity Activity, TurnContext Turn)> _received = new();

    public Func<Activity, InvokeResponse?> InvokeAnswer { get; set; } = _ => null;

    public IReadOnlyList<(Activity Activity, TurnContext Turn)> Received => [.. _received];

    public Task<InvokeResponse?> OnActivityAsync(Activity activity, TurnContext turn, CancellationToken cancellationToken)
    {
        _received.Enqueue((activity, turn));
        return Task.FromResult(activity.IsInvoke ? InvokeAnswer(activity) : null);
    }
}
