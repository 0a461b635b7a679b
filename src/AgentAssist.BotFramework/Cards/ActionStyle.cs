using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Button styles.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
