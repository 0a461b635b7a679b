namespace AgentAssist.BotFramework.Cards;

/// <summary>Groups elements, optionally on a styled background.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }

    /// <summary>Lets the styled background reach the card's edges.</summary>
    public bool? Bleed { get; init; }
}
