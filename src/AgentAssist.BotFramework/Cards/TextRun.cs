using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>A run of plain text (no Markdown) inside a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TextRun";

    public TextColor? Color { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    /// <summary>Draws the run on a highlight background.</summary>
    public bool? Highlight { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Underline { get; init; }
}
