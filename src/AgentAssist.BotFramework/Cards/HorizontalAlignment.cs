using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Horizontal alignment.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
