namespace AgentAssist.BotFramework.Cards;

/// <summary>A paragraph of differently formatted runs, e.g. a draft with the offending words highlighted.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
