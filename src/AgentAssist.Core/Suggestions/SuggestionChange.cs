namespace AgentAssist.Core.Suggestions;

/// <summary>One thing a suggester changed compared with the draft.</summary>
/// <param name="Kind">What kind of change.</param>
/// <param name="Description">Plain English note for agents and logs; never contains draft text or personal data.</param>
/// <param name="RuleId">The rule whose automatic fix was applied or whose finding was repaired, when there is one.</param>
public sealed record SuggestionChange(SuggestionChangeKind Kind, string Description, string? RuleId = null);
