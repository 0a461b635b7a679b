using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Text weights.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextWeight>))]
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
