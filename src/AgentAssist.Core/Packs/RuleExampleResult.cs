namespace AgentAssist.Core.Packs;

/// <summary>Whether a rule got one of its examples right; the diagnostic says where the example is and what went wrong.</summary>
public sealed record RuleExampleResult(RuleExample Example, bool Passed, PackDiagnostic Diagnostic);
