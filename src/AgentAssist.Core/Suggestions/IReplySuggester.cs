namespace AgentAssist.Core.Suggestions;

/// <summary>
/// Produces a suggested reply from a draft, its verdict and what is known about the customer. Implementations:
/// <see cref="OfflineReplySuggester"/> (Core, deterministic, no network, the default) and the Semantic Kernel
/// suggester in <c>AgentAssist.Llm</c> (when an OpenAI-compatible endpoint is configured). Wrap any of them in
/// <see cref="GuardedSuggester"/> before showing a suggestion to anyone: it re-checks, repairs or withholds.
/// </summary>
public interface IReplySuggester
{
    /// <summary>
    /// Suggests a reply. Expected failures (nothing to suggest, an answer that cannot be made safe) are a
    /// <see cref="SuggestionResult.IsWithheld">withheld</see> result, not an exception.
    /// </summary>
    ValueTask<SuggestionResult> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken = default);
}
