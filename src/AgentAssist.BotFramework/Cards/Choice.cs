namespace AgentAssist.BotFramework.Cards;

/// <summary>One option of a <see cref="ChoiceSetInput"/>.</summary>
public sealed record Choice(string Title, string Value);
