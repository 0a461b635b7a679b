using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Which input values an action sends: all of the card's (<c>auto</c>) or none.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    Auto,
    None,
}
