using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Vertical alignment of a column's content.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
