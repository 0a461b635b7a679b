using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    public string? Id { get; init; }

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
