namespace AgentAssist.Core.Suggestions;

/// <summary>Values of <see cref="Suggestion.Source"/> and <see cref="SuggestionResult.Source"/>.</summary>
public static class SuggestionSources
{
    /// <summary>The deterministic template-based suggester.</summary>
    public const string Offline = "offline";

    /// <summary>A language model through Semantic Kernel.</summary>
    public const string Llm = "llm";
}
