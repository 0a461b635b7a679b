namespace AgentAssist.BotFramework.Cards;

/// <summary>Buttons placed among the body's elements.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
