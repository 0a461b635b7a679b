using AgentAssist.BotFramework.Schema;

namespace AgentAssist.BotFramework;

/// <summary>
/// Implemented by the host: receives each accepted activity. For an invoke activity the returned
/// <see cref="InvokeResponse"/> is the HTTP answer (null answers 501); for other types it is ignored.
/// </summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> OnActivityAsync(Activity activity, TurnContext turn, CancellationToken cancellationToken);
}
