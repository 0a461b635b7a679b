using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>
/// A text field (<c>Input.Text</c>). Its value is sent under <see cref="CardElement.Id"/> with the action's data.
/// A required input needs a <see cref="Label"/> and an <see cref="ErrorMessage"/>.
/// </summary>
public sealed record TextInput : CardElement
{
    [JsonConstructor]
    public TextInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string? Label { get; init; }

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>A regular expression the value must match before the action is sent.</summary>
    public string? Regex { get; init; }
}
