using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>How a choice set looks: a drop-down (<c>compact</c>), radio buttons (<c>expanded</c>) or a drop-down with type-ahead (<c>filtered</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
    Filtered,
}
