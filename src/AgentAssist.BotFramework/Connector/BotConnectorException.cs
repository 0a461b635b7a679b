using System.Net;

namespace AgentAssist.BotFramework.Connector;

/// <summary>
/// The connector refused a call, after any retries. <see cref="ErrorCode"/> is the connector's
/// <c>error.code</c> (Teams: e.g. <c>ConversationBlockedByUser</c>); the error message is not kept
/// because connectors may echo message content in it.
/// </summary>
public sealed class BotConnectorException : Exception
{
    public BotConnectorException()
    {
    }

    public BotConnectorException(string message)
        : base(message)
    {
    }

    public BotConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal BotConnectorException(string operation, HttpStatusCode statusCode, string? errorCode, int attempts, TimeSpan? retryAfter = null)
        : base($"Bot Framework connector {operation} failed with HTTP {(int)statusCode}{(errorCode is null ? string.Empty : $" ({errorCode})")} after {attempts} attempt(s).")
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Attempts = attempts;
        RetryAfter = retryAfter;
    }

    public string? Operation { get; }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }

    public int Attempts { get; }

    /// <summary>How long the channel asked to wait before trying again (its <c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
