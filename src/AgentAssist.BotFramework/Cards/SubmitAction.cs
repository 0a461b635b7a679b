namespace AgentAssist.BotFramework.Cards;

/// <summary>
/// <c>Action.Submit</c>: the bot receives a <c>message</c> activity whose <c>value</c> is <see cref="Data"/>
/// with the card's input values merged in. Prefer <see cref="ExecuteAction"/> where the host supports it.
/// </summary>
public sealed record SubmitAction(string Title) : CardAction(Title)
{
    public object? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
