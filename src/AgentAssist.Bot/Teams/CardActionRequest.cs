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
        if (InvokeAction.Read(value) is not { } action)
        {
            return null;
        }

        var data = action.Data is { } raw ? CardActionData.Read(raw) : new CardActionData();
        return data is null ? null : new CardActionRequest(action.Verb, data);
    }
}
