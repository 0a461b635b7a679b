namespace AgentAssist.BotFramework.Cards;

/// <summary>Title–value pairs shown as a table.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
