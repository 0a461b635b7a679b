using AgentAssist.Llm.Prompting;
using Microsoft.SemanticKernel;

namespace AgentAssist.Llm;

/// <summary>
/// The suggest-reply prompt: Semantic Kernel's prompt-directory layout (<c>skprompt.txt</c> with the template,
/// <c>config.json</c> with its input variables and execution settings), which brand teams may edit.
/// </summary>
public static class SuggestionPrompt
{
    public const string FolderName = "suggest-reply";
    public const string TemplateFileName = "skprompt.txt";
    public const string ConfigFileName = "config.json";

    /// <summary>The <c>prompts/</c> folder shipped next to the binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "prompts");

    /// <summary>Loads and checks the template under <paramref name="promptsDirectory"/>/<see cref="FolderName"/>.</summary>
    /// <exception cref="InvalidOperationException">The template is missing, unreadable or asks for an input the service does not give.</exception>
    public static PromptTemplateConfig Load(string promptsDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(promptsDirectory);
        var folder = Path.Combine(promptsDirectory, FolderName);
        var templatePath = Path.Combine(folder, TemplateFileName);
        var configPath = Path.Combine(folder, ConfigFileName);
        if (!File.Exists(templatePath) || !File.Exists(configPath))
        {
            throw new InvalidOperationException($"The suggest-reply prompt needs {templatePath} and {configPath}; restore them from prompts/{FolderName} in the repository.");
        }

        PromptTemplateConfig config;
        try
        {
            config = PromptTemplateConfig.FromJson(File.ReadAllText(configPath));
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException($"{configPath} is not a Semantic Kernel prompt configuration: {exception.Message}", exception);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new InvalidOperationException($"{configPath} is not valid JSON: {exception.Message}", exception);
        }

        config.Template = File.ReadAllText(templatePath);
        if (string.IsNullOrWhiteSpace(config.Name))
        {
            config.Name = "SuggestReply";
        }

        var unknown = config.InputVariables.Select(v => v.Name).Where(n => !PromptInputs.Names.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{configPath} declares input variables the service does not give ({string.Join(", ", unknown)}); use only: {string.Join(", ", PromptInputs.Names.Order(StringComparer.Ordinal))}.");
        }

        if (!config.Template.Contains("{{$draft}}", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{templatePath} never uses {{{{$draft}}}}: the model would not see the agent's draft.");
        }

        return config;
    }
}
