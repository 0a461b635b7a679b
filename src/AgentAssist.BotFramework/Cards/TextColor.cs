using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Text colours; the host's theme decides the actual colour.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
