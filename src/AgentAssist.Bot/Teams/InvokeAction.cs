using System.Text.Json;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// The parts of an <c>adaptiveCard/action</c> invoke's <c>value</c> that every card handler reads:
/// <c>{"action":{"type":"Action.Execute","verb":…,"data":{…}},"trigger":"manual"|"automatic"}</c>.
/// </summary>
/// <param name="Verb">The action's verb, never blank.</param>
/// <param name="Data">The action's data with the card's inputs, or <see langword="null"/> when it has none.</param>
/// <param name="Automatic">Whether Teams sent it to refresh the card (trigger <c>automatic</c>) rather than for a click.</param>
internal sealed record InvokeAction(string Verb, JsonElement? Data, bool Automatic)
{
    /// <summary>Reads an invoke's value; null when it is not an object with an action that has a verb.</summary>
    public static InvokeAction? Read(object? value)
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

        JsonElement? data = action.TryGetProperty("data", out var raw) && raw.ValueKind != JsonValueKind.Null ? raw : null;
        var automatic = element.TryGetProperty("trigger", out var trigger)
            && trigger.ValueKind == JsonValueKind.String
            && string.Equals(trigger.GetString(), "automatic", StringComparison.OrdinalIgnoreCase);
        return new InvokeAction(verb.GetString()!, data, automatic);
    }
}
