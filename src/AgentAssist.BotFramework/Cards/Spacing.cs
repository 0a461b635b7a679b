using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Space above an element.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Spacing>))]
public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
