using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Suggestions;

/// <summary>A reply the agent may use instead of their draft.</summary>
/// <param name="Text">The suggested reply.</param>
/// <param name="Source">Who wrote it: <see cref="SuggestionSources.Offline"/> or <see cref="SuggestionSources.Llm"/>.</param>
/// <param name="Language">ISO 639-1 language of <paramref name="Text"/>.</param>
/// <param name="Check">
/// The guardrail engine's verdict on <paramref name="Text"/> itself. Never <see cref="Outcome.Block"/> in a suggestion
/// that <see cref="GuardedSuggester"/> lets through.
/// </param>
/// <param name="Changes">What was changed compared with the draft, in the order it was done.</param>
public sealed record Suggestion(string Text, string Source, string Language, Verdict Check, IReadOnlyList<SuggestionChange> Changes);
