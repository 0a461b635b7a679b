using AgentAssist.Core.Suggestions;

namespace AgentAssist.Core.Tests.Suggestions;

/// <summary>
/// Answers every request with the same text, as a language model might: the input that <see cref="GuardedSuggester"/>
/// has to make safe. Its own verdict is the draft's, which the guard must not trust.
/// </summary>
internal sealed class FixedTextSuggester(string text, string language = "en") : IReplySuggester
{
    public ValueTask<SuggestionResult> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SuggestionResult.Offered(new Suggestion(text, SuggestionSources.Llm, language, request.Verdict, [])));
}
