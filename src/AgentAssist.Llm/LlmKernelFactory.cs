using Microsoft.SemanticKernel;

namespace AgentAssist.Llm;

/// <summary>Builds the Semantic Kernel that talks to the configured model through the real OpenAI or Azure OpenAI connector.</summary>
public static class LlmKernelFactory
{
    /// <summary>
    /// A kernel with one chat completion service for <paramref name="options"/>. <paramref name="httpClient"/> carries
    /// the requests (the connector then leaves retries to the caller, which falls back offline rather than retry);
    /// its own timeout should be infinite, since the suggester cancels after <see cref="LlmOptions.Timeout"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No endpoint or model is configured.</exception>
    public static Kernel Create(LlmOptions options, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        if (options.Endpoint is null || string.IsNullOrWhiteSpace(options.Model))
        {
            throw new InvalidOperationException($"Set {LlmOptions.SectionName}:Endpoint and {LlmOptions.SectionName}:Model to suggest replies through a model.");
        }

        var builder = Kernel.CreateBuilder();
        if (options.Kind == LlmEndpointKind.AzureOpenAI)
        {
            builder.AddAzureOpenAIChatCompletion(
                deploymentName: options.Model,
                endpoint: options.Endpoint.AbsoluteUri,
                apiKey: options.ApiKey ?? string.Empty,
                httpClient: httpClient,
                apiVersion: string.IsNullOrWhiteSpace(options.ApiVersion) ? null : options.ApiVersion);
        }
        else
        {
            builder.AddOpenAIChatCompletion(
                modelId: options.Model,
                endpoint: options.Endpoint,
                apiKey: string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey,
                httpClient: httpClient);
        }

        return builder.Build();
    }
}
