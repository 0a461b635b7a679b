namespace AgentAssist.BotFramework.Cards;

/// <summary>Columns side by side.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
