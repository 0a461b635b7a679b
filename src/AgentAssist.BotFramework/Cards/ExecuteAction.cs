namespace AgentAssist.BotFramework.Cards;

/// <summary>
/// A Universal Action (<c>Action.Execute</c>): the bot receives an <c>adaptiveCard/action</c> invoke with
/// <see cref="Verb"/> and <see cref="Data"/> (the card's input values merged in, unless
/// <see cref="AssociatedInputs"/> is <see cref="Cards.AssociatedInputs.None"/>) and may answer with a card that replaces this one.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    /// <summary>Sent back with the invoke; an object, so that input values can be merged into it.</summary>
    public object? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
