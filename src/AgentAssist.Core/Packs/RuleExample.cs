namespace AgentAssist.Core.Packs;

/// <summary>An example a rule carries: a text that must (or must not) make it fire, with where it was written.</summary>
public sealed record RuleExample(string RuleId, string Text, bool ShouldFlag, string? Channel, string? Language, PackDiagnostic Location);
