using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>JSON settings of Adaptive Cards: camelCase names, properties left unset are left out.</summary>
public static class AdaptiveCardJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
