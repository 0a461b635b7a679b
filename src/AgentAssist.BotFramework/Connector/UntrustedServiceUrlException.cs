namespace AgentAssist.BotFramework.Connector;

/// <summary>
/// Thrown instead of sending the bot's token to a service URL that no accepted inbound activity came from.
/// </summary>
public sealed class UntrustedServiceUrlException : InvalidOperationException
{
    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static UntrustedServiceUrlException For(Uri serviceUrl) => new(
        $"Refusing to call the Bot Framework connector at '{serviceUrl}': no authenticated activity came from that service URL, " +
        "so the bot will not send its token there. Use the serviceUrl of an activity the bot received, " +
        "or call TrustedServiceUrlRegistry.Trust with a URL stored from such an activity.")
    {
        ServiceUrl = serviceUrl,
    };

    public Uri? ServiceUrl { get; private init; }
}
