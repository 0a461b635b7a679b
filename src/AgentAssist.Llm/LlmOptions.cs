namespace AgentAssist.Llm;

/// <summary>
/// Settings of the language-model suggester (section <c>Llm</c>). Without <see cref="Endpoint"/> the service suggests
/// replies offline and never calls a model.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary>
    /// Base URL of the model server: <c>https://api.openai.com/v1</c>, <c>http://localhost:11434/v1</c> (Ollama),
    /// <c>http://localhost:8000/v1</c> (vLLM) or, for <see cref="LlmEndpointKind.AzureOpenAI"/>,
    /// <c>https://{resource}.openai.azure.com</c>. Unset: no model.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Which protocol <see cref="Endpoint"/> speaks.</summary>
    public LlmEndpointKind Kind { get; set; } = LlmEndpointKind.OpenAI;

    /// <summary>Model id (<c>gpt-4o-mini</c>, <c>llama3.1:8b</c>) or, for Azure OpenAI, the deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// API key, sent as a bearer token (OpenAI-compatible) or <c>api-key</c> header (Azure). Set it through the
    /// environment (<c>Llm__ApiKey</c>) or user secrets, never in a committed file. Local servers usually need none.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure OpenAI API version; the connector's default when unset.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>How long to wait for an answer before suggesting offline instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Most tokens the model may write.</summary>
    public int MaxTokens { get; set; } = 400;

    /// <summary>Sampling temperature in [0, 2]; low keeps rewrites close to the draft.</summary>
    public double Temperature { get; set; } = 0.3;

    /// <summary>The brand's name as the prompt tells it to the model.</summary>
    public string BrandName { get; set; } = "the brand";

    /// <summary>Folder holding <c>suggest-reply/</c>; the templates shipped next to the binaries when unset.</summary>
    public string? PromptsDirectory { get; set; }

    /// <summary>Whether a model is configured at all.</summary>
    public bool IsEnabled => Endpoint is not null;
}
