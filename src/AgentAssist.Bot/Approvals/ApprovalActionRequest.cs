using System.Text.Json;

namespace AgentAssist.Bot.Approvals;

/// <summary>A click on an approval card's button, or a refresh of the card: its verb, data and trigger.</summary>
/// <param name="Verb">One of <see cref="ApprovalVerbs"/>.</param>
/// <param name="Data">The action's data with the card's inputs.</param>
/// <param name="Automatic">Whether Teams sent it to refresh the card (trigger <c>automatic</c>) rather than for a click.</param>
internal sealed record ApprovalActionRequest(string Verb, ApprovalActionData Data, bool Automatic)
{
    /// <summary>Reads the <c>value</c> of an <c>adaptiveCard/action</c> invoke; null when it has no verb or its data is not an object of strings.</summary>
    public static ApprovalActionRequest? FromInvokeValue(object? value)
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
            ? ApprovalActionData.Read(raw)
            : new ApprovalActionData();
        var automatic = element.TryGetProperty("trigger", out var trigger)
            && trigger.ValueKind == JsonValueKind.String
            && string.Equals(trigger.GetString(), "automatic", StringComparison.OrdinalIgnoreCase);
        return data is null ? null : new ApprovalActionRequest(verb.GetString()!, data, automatic);
    }
}
