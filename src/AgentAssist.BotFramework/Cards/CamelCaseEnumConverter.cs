using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>Writes card enums as the schema spells them (<c>extraLarge</c>, <c>attention</c>) whatever options the card is written with.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
