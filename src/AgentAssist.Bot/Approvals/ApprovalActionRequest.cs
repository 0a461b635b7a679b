using AgentAssist.Bot.Teams;

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
        if (InvokeAction.Read(value) is not { } action)
        {
            return null;
        }

        var data = action.Data is { } raw ? ApprovalActionData.Read(raw) : new ApprovalActionData();
        return data is null ? null : new ApprovalActionRequest(action.Verb, data, action.Automatic);
    }
}
