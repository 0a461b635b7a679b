using System.Collections.Concurrent;

namespace AgentAssist.BotFramework.Connector;

/// <summary>
/// Service URLs the bot may send its token to: those seen on accepted inbound activities.
/// A host that stores conversation references from such activities may trust their URLs again after a restart.
/// </summary>
public sealed class TrustedServiceUrlRegistry
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.Ordinal);

    public void Trust(Uri serviceUrl) => _trusted.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(Uri serviceUrl) => _trusted.ContainsKey(Normalize(serviceUrl));

    /// <summary>Scheme, host, port and path with a trailing slash: the base connector paths are resolved against.</summary>
    internal static Uri ToBase(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri)
        {
            throw new ArgumentException($"The service URL '{serviceUrl}' is not absolute.", nameof(serviceUrl));
        }

        var text = serviceUrl.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
    }

    private static string Normalize(Uri serviceUrl) => ToBase(serviceUrl).AbsoluteUri;
}
