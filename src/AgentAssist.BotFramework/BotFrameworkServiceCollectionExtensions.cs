using AgentAssist.BotFramework.Authentication;
using AgentAssist.BotFramework.Connector;
using AgentAssist.BotFramework.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentAssist.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Bot Framework channel: options from section <see cref="BotFrameworkOptions.SectionName"/>
    /// (validated at start), channel token validation, outbound tokens and <see cref="BotConnectorClient"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<BotFrameworkOptions>()
            .BindConfiguration(BotFrameworkOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());

        // No redirects: a 3xx from a connector, the token endpoint or the metadata host must not send the bot's token
        // or its requests to a host nobody vouched for.
        services.AddHttpClient(HttpClientDocumentRetriever.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddHttpClient(BotTokenProvider.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddHttpClient(BotConnectorClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(100))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TrustedServiceUrlRegistry>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<HttpClientDocumentRetriever>();
        services.TryAddSingleton<ChannelTokenValidator>();
        services.TryAddSingleton<BotTokenProvider>();
        services.TryAddSingleton(provider => new BotConnectorClient(
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<BotTokenProvider>(),
            provider.GetRequiredService<TrustedServiceUrlRegistry>(),
            provider.GetRequiredService<ServiceUrlPolicy>(),
            provider.GetRequiredService<IOptions<BotFrameworkOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<BotConnectorClient>>()));
        services.TryAddSingleton<ActivityRequestProcessor>();
        services.AddHostedService<BotFrameworkStartupLog>();

        return services;
    }

    private static SocketsHttpHandler NoRedirects() => new() { AllowAutoRedirect = false };
}
