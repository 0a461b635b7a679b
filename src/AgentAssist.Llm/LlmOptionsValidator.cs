using Microsoft.Extensions.Options;

namespace AgentAssist.Llm;

/// <summary>Checks <see cref="LlmOptions"/> at start and says how to fix each problem. Never echoes the API key.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    private const string Section = LlmOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var endpoint = options.Endpoint!;
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{Section}:Endpoint must be an absolute http or https URL, such as https://api.openai.com/v1 or http://localhost:11434/v1 (Ollama).");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add(options.Kind == LlmEndpointKind.AzureOpenAI
                ? $"{Section}:Model is required: set it to the Azure OpenAI deployment name (Azure AI Foundry > Deployments)."
                : $"{Section}:Model is required: set it to the model id the server serves (gpt-4o-mini on OpenAI, llama3.1:8b on Ollama, the --model of vLLM).");
        }

        if (!Enum.IsDefined(options.Kind))
        {
            failures.Add($"{Section}:Kind must be OpenAI (any OpenAI-compatible server) or AzureOpenAI (the deployment API).");
        }

        if (options.Kind == LlmEndpointKind.AzureOpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{Section}:ApiKey is required for Azure OpenAI: set the environment variable {Section}__ApiKey to a key of the resource (Azure portal > Keys and Endpoint).");
        }

        if (options.Kind == LlmEndpointKind.OpenAI && endpoint.IsAbsoluteUri && endpoint.Host.EndsWith("openai.com", StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{Section}:ApiKey is required for {endpoint.Host}: set the environment variable {Section}__ApiKey to an API key.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(2))
        {
            failures.Add($"{Section}:Timeout must be between 00:00:00.001 and 00:02:00 (it is {options.Timeout}); agents wait for the suggestion, so keep it to a few seconds, such as 00:00:08.");
        }

        if (options.MaxTokens is < 16 or > 8192)
        {
            failures.Add($"{Section}:MaxTokens must be between 16 and 8192 (it is {options.MaxTokens}); 400 fits the longest channel reply.");
        }

        if (options.Temperature is < 0 or > 2 || double.IsNaN(options.Temperature))
        {
            failures.Add($"{Section}:Temperature must be between 0 and 2 (it is {options.Temperature}); 0.3 keeps rewrites close to the draft.");
        }

        if (string.IsNullOrWhiteSpace(options.BrandName))
        {
            failures.Add($"{Section}:BrandName must not be empty: set it to the name customers know the brand by, or remove it.");
        }

        if (!string.IsNullOrWhiteSpace(options.PromptsDirectory) && !File.Exists(Path.Combine(options.PromptsDirectory, SuggestionPrompt.FolderName, SuggestionPrompt.TemplateFileName)))
        {
            failures.Add($"{Section}:PromptsDirectory is '{options.PromptsDirectory}', which has no {SuggestionPrompt.FolderName}/{SuggestionPrompt.TemplateFileName}: point it at a folder like the shipped prompts/, or remove it to use the shipped templates.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
