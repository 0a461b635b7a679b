namespace AgentAssist.BotFramework.Cards;

/// <summary>
/// A paragraph. Hosts render a Markdown subset in <see cref="Text"/>, so put text from users in a
/// <see cref="TextRun"/> of a <see cref="RichTextBlock"/> instead, where it is shown as written.
/// </summary>
public sealed record TextBlock(string Text) : CardElement
{
    public TextColor? Color { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }
}
