namespace AgentAssist.BotFramework.Cards;

/// <summary>One row of a <see cref="FactSet"/>; <see cref="Value"/> takes the Markdown subset.</summary>
public sealed record Fact(string Title, string Value);
