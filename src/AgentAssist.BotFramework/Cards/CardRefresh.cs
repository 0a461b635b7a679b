namespace AgentAssist.BotFramework.Cards;

/// <summary>
/// A card's <c>refresh</c> (Universal Actions): when one of <see cref="UserIds"/> opens the card, Teams sends
/// <see cref="Action"/> as an <c>adaptiveCard/action</c> invoke with trigger <c>automatic</c>, and shows the card the
/// bot answers with to that user only. That is how each viewer gets a card of their own (a supervisor sees the
/// buttons, others a read-only view) and how a card edited for everyone is fetched again.
/// </summary>
public sealed record CardRefresh
{
    public CardRefresh(ExecuteAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Action = action;
    }

    /// <summary>The invoke sent on refresh: always an <see cref="ExecuteAction"/>, typed as its base so JSON names its type.</summary>
    public CardAction Action { get; }

    /// <summary>Most user ids Teams refreshes automatically.</summary>
    public const int MaxUserIds = 60;

    /// <summary>
    /// Teams user ids (<c>29:…</c>) whose client refreshes the card on its own, at most <see cref="MaxUserIds"/>;
    /// empty: everyone gets a "Refresh card" button only; null: everyone in conversations of up to 60 members.
    /// </summary>
    public IReadOnlyList<string>? UserIds { get; init; }
}
