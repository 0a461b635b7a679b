namespace AgentAssist.Core.Rules;

/// <summary>What a rule says to the agent, in one language.</summary>
public sealed record RuleText(string Message, string? Reason, string? Advice);
