using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Background styles of containers and columns.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
