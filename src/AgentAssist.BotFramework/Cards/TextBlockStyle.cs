using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary><c>heading</c> marks a text block as a heading for screen readers.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    Default,
    Heading,
}
