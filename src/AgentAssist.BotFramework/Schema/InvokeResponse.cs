namespace AgentAssist.BotFramework.Schema;

/// <summary>
/// The HTTP answer to an invoke activity: <see cref="Status"/> becomes the HTTP status and
/// <see cref="Body"/> the JSON body (for Universal Actions:
/// <c>{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{…}}</c>).
/// </summary>
public sealed record InvokeResponse(int Status, object? Body = null);
