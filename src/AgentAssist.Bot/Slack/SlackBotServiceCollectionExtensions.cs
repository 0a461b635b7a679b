using AgentAssist.Slack;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgentAssist.Bot.Slack;

internal static class SlackBotServiceCollectionExtensions
{
    /// <summary>
    /// The bot in Slack: the Slack protocol (section <c>Slack</c>; off until <c>Slack:SigningSecret</c> is set), the agent
    /// handler and the queue that does the work after Slack's request is acknowledged. Needs <c>AddGuardrails()</c>,
    /// <c>AddApprovals()</c> (the check auditor), <c>AddCustomerContext()</c> and <c>AddReplySuggestions()</c>.
    /// </summary>
    public static IServiceCollection AddSlackBot(this IServiceCollection services)
    {
        services.AddSlack();
        services.TryAddSingleton<SlackWorkQueue>();
        services.TryAddSingleton<SlackUserDirectory>();
        services.TryAddScoped<SlackAgentHandler>();
        services.AddHostedService<SlackWorker>();
        return services;
    }
}
