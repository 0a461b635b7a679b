using System.Threading.Channels;

namespace AgentAssist.Bot.Slack;

/// <summary>
/// Work taken in from Slack and done after the HTTP answer, because Slack wants every request acknowledged within
/// 3 seconds and a check with a model's suggestion can take longer. <see cref="SlackWorker"/> does it.
/// </summary>
internal sealed class SlackWorkQueue
{
    public const int Capacity = 1000;

    private readonly Channel<Func<SlackAgentHandler, CancellationToken, Task>> _work =
        Channel.CreateBounded<Func<SlackAgentHandler, CancellationToken, Task>>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>False when the queue is full: the request is answered 503 and Slack retries it.</summary>
    public bool TryEnqueue(Func<SlackAgentHandler, CancellationToken, Task> work) => _work.Writer.TryWrite(work);

    public ChannelReader<Func<SlackAgentHandler, CancellationToken, Task>> Reader => _work.Reader;
}
