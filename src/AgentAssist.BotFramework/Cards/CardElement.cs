using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>An element of a card's body; <c>type</c> in JSON names the concrete element.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    /// <summary>Unique within the card; required on inputs, whose value is sent under it.</summary>
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    /// <summary>Draws a line above the element.</summary>
    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }
}
