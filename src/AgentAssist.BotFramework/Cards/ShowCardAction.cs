namespace AgentAssist.BotFramework.Cards;

/// <summary>
/// <c>Action.ShowCard</c>: unfolds <see cref="Card"/> under the actions, with no round trip to the bot.
/// Leave the inner card's <see cref="AdaptiveCard.Version"/> and <see cref="AdaptiveCard.Schema"/> out (null).
/// </summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
