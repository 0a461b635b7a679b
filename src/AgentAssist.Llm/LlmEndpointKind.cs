namespace AgentAssist.Llm;

/// <summary>Which wire protocol <see cref="LlmOptions.Endpoint"/> speaks.</summary>
public enum LlmEndpointKind
{
    /// <summary>
    /// OpenAI's Chat Completions API under a base URL that ends in <c>/v1</c>: OpenAI itself, Ollama, vLLM, LM Studio,
    /// llama.cpp's server, or Azure OpenAI's <c>/openai/v1</c> endpoint.
    /// </summary>
    OpenAI = 0,

    /// <summary>Azure OpenAI's deployment API: <c>{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=…</c>.</summary>
    AzureOpenAI = 1,
}
