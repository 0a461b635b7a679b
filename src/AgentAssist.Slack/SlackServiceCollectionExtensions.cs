using AgentAssist.Slack.Hosting;
using AgentAssist.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AgentAssist.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack protocol: settings (section <c>Slack</c>, checked at start), the signed-request reader, the retry
    /// de-duplicator and the Web API client. Slack stays off until <c>Slack:SigningSecret</c> is set.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton<SlackRequestReader>();
        services.TryAddSingleton<SlackRetryDeduplicator>();
        services.AddHttpClient<SlackWebApiClient>(client => client.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }
}
