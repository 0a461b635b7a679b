using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Text sizes.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextSize>))]
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
