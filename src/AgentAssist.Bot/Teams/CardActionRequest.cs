using System.Text.Json;

namespace AgentAssist.Bot.Teams;

/// <summary>A click on one of the bot's card buttons: its verb and data.</summary>
internal sealed record CardActionRequest(string Verb, CardActionData Data)
{
    /// <summary>
    /// Reads the <c>value</c> of an <c>adaptiveCard/action</c> invoke:
    /// <c>{"action":{"type":"Action.Execute","verb":…,"data":{…}},"trigger":"manual"}</c>.
    /// </summary>
    public static CardActionRequest? FromInvokeValue(object? value)
    {
        if (value is not JsonElement { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty("action", out var action)
            || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verb)
            || verb.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(verb.GetString()))
        {
            return null;
        }

        var data = action.TryGetProperty("data", out var raw) && raw.ValueKind != JsonValueKind.Null
            ? CardActionData.Read(raw)
            : new CardActionData();
        return data is null ? null : new CardActionRequest(verb.GetString()!, data);
    }
}
