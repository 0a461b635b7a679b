using System.Text.Json.Serialization;
using AgentAssist.BotFramework.Schema;

namespace AgentAssist.BotFramework.Cards;

/// <summary>
/// The body of the answer to an <c>adaptiveCard/action</c> invoke (Universal Actions):
/// <c>{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{…card…}}</c>.
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, object Value)
{
    /// <summary>Invoke name of a click on an <see cref="ExecuteAction"/>.</summary>
    public const string InvokeName = "adaptiveCard/action";

    public const string CardType = Attachment.AdaptiveCardContentType;

    public const string MessageType = "application/vnd.microsoft.activity.message";

    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replaces the clicked card with <paramref name="card"/> on the clicking user's client.</summary>
    public static InvokeResponse Card(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new InvokeResponse(200, new AdaptiveCardInvokeResponse(200, CardType, card.ToJsonElement()));
    }

    /// <summary>Shows <paramref name="text"/> as a short notice and leaves the card as it is.</summary>
    public static InvokeResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new InvokeResponse(200, new AdaptiveCardInvokeResponse(200, MessageType, text));
    }

    /// <summary>A 400 for an action the bot cannot make sense of; the HTTP status stays 200 as the spec asks.</summary>
    public static InvokeResponse BadRequest(string code, string message) =>
        new(200, new AdaptiveCardInvokeResponse(400, ErrorType, new InvokeError(code, message)));

    /// <summary>The <c>value</c> of an error answer.</summary>
    public sealed record InvokeError([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("message")] string Message);
}
