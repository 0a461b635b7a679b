using AgentAssist.Core.Checking;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Suggestions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentAssist.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> that carries model requests.</summary>
    public const string HttpClientName = "AgentAssist.Llm";

    /// <summary>
    /// Binds <see cref="LlmOptions"/> from section <see cref="LlmOptions.SectionName"/> (validated at start) and, when
    /// <c>Llm:Endpoint</c> is set, replaces the <see cref="IReplySuggester"/> registered so far (the offline one) with
    /// <see cref="SemanticKernelReplySuggester"/>, guarded by <see cref="GuardedSuggester"/>, that falls back to it.
    /// Call it after the offline suggester is registered; without an endpoint nothing changes.
    /// </summary>
    /// <exception cref="InvalidOperationException">An endpoint is set but no suggester is registered to fall back to.</exception>
    public static IServiceCollection AddLlmSuggester(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptions<LlmOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        if (string.IsNullOrWhiteSpace(section[nameof(LlmOptions.Endpoint)]))
        {
            return services;
        }

        var offline = services.LastOrDefault(d => d.ServiceType == typeof(IReplySuggester) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"{nameof(AddLlmSuggester)} needs the offline {nameof(IReplySuggester)} registered first: the model falls back to it.");
        services.Remove(offline);

        // The suggester cancels after LlmOptions.Timeout and falls back instead of retrying, so the client never times out itself.
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<LlmOptions>>().Value;
            var logger = provider.GetRequiredService<ILogger<SemanticKernelReplySuggester>>();
            var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var prompt = SuggestionPrompt.Load(string.IsNullOrWhiteSpace(options.PromptsDirectory) ? SuggestionPrompt.DefaultDirectory : options.PromptsDirectory);
            var endpoint = options.Endpoint!;
            var shownEndpoint = $"{endpoint.Scheme}://{endpoint.Authority}{endpoint.AbsolutePath}";
            LlmLog.Enabled(logger, options.Model!, shownEndpoint, options.Kind, options.Timeout);
            return new SemanticKernelReplySuggester(
                LlmKernelFactory.Create(options, httpClient),
                prompt,
                options,
                provider.GetRequiredService<GuardrailEngine>(),
                Resolve(provider, offline),
                provider.GetRequiredService<LanguageDetector>(),
                provider.GetRequiredService<TimeProvider>(),
                logger);
        });
        services.AddSingleton<IReplySuggester>(provider => new GuardedSuggester(
            provider.GetRequiredService<SemanticKernelReplySuggester>(),
            provider.GetRequiredService<GuardrailEngine>()));
        return services;
    }

    /// <summary>The service <paramref name="descriptor"/> describes, built as the container would have built it.</summary>
    private static IReplySuggester Resolve(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IReplySuggester)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
