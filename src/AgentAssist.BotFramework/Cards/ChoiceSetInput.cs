using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>A pick list (<c>Input.ChoiceSet</c>); its selected <see cref="Choice.Value"/> is sent under <see cref="CardElement.Id"/>.</summary>
public sealed record ChoiceSetInput : CardElement
{
    [JsonConstructor]
    public ChoiceSetInput(string id, IReadOnlyList<Choice> choices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(choices);
        Id = id;
        Choices = choices;
    }

    public IReadOnlyList<Choice> Choices { get; init; }

    public string? Label { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>The value of the choice selected at first.</summary>
    public string? Value { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
