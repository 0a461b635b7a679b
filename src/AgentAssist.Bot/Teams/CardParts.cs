using AgentAssist.BotFramework.Cards;

namespace AgentAssist.Bot.Teams;

/// <summary>Pieces every card of the bot shares, so they look alike.</summary>
internal static class CardParts
{
    public static AdaptiveCard Card(BotText text, IReadOnlyList<CardElement> body, IReadOnlyList<CardAction>? actions = null) =>
        new(body)
        {
            Actions = actions is { Count: > 0 } ? actions : null,
            Lang = text.Language,
            FallbackText = text[BotTextKey.CardFallback],
        };

    public static TextBlock Heading(string title) => new(title)
    {
        Size = TextSize.Large,
        Weight = TextWeight.Bolder,
        Style = TextBlockStyle.Heading,
        Wrap = true,
    };

    public static TextBlock Paragraph(string paragraph) => new(paragraph) { Wrap = true };

    /// <summary>Text the agent wrote, shown as written: a text run is never read as Markdown.</summary>
    public static RichTextBlock Verbatim(string label, string value) =>
        new([new TextRun(label) { Weight = TextWeight.Bolder }, new TextRun(value)]);

    public static ExecuteAction OpenForm(BotText text, BotTextKey title = BotTextKey.ActionOpenForm) =>
        new(text[title], CardVerbs.Form)
        {
            Data = new CardActionData(Ui: text.Language),
            AssociatedInputs = AssociatedInputs.None,
        };
}
