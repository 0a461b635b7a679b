using AgentAssist.BotFramework;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgentAssist.Bot.Teams;

internal static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The agent's conversation in Teams as the Bot Framework endpoint's <see cref="IActivityHandler"/>.
    /// Needs <c>AddGuardrails()</c> and <c>AddBotFramework()</c>.
    /// </summary>
    public static IServiceCollection AddAgentConversation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RecentWelcomes>();
        services.AddSingleton<IActivityHandler, AgentConversationHandler>();
        return services;
    }
}
