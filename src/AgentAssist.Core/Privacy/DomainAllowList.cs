namespace AgentAssist.Core.Privacy;

/// <summary>
/// The brand's own domains: a link to its help centre or its support address is not personal data. A domain allows
/// itself and its sub-domains (<c>lumora.com</c> allows <c>help.lumora.com</c>, not <c>lumora.com.evil.io</c>).
/// </summary>
public sealed class DomainAllowList
{
    private readonly string[] _domains;

    public DomainAllowList(IEnumerable<string> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        _domains = [.. domains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).Where(d => d.Length > 0)];
    }

    public static DomainAllowList Empty { get; } = new([]);

    public bool IsEmpty => _domains.Length == 0;

    /// <summary>Whether the host of <paramref name="value"/> (an email address or a URL) is an allowed domain.</summary>
    public bool Allows(ReadOnlySpan<char> value)
    {
        if (_domains.Length == 0)
        {
            return false;
        }

        var host = HostOf(value);
        foreach (var domain in _domains)
        {
            if (host.Equals(domain, StringComparison.OrdinalIgnoreCase)
                || (host.Length > domain.Length && host[^(domain.Length + 1)] == '.' && host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="domain"/> is a host name: labels of letters, digits and dashes, with at least one dot.</summary>
    public static bool IsValidDomain(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var labels = domain.Split('.');
        return labels.Length >= 2 && Array.TrueForAll(labels, l => l.Length is > 0 and <= 63
            && !l.StartsWith('-') && !l.EndsWith('-') && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    private static ReadOnlySpan<char> HostOf(ReadOnlySpan<char> value)
    {
        var at = value.LastIndexOf('@');
        if (at >= 0 && value.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            return value[(at + 1)..];
        }

        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        var host = scheme >= 0 ? value[(scheme + 3)..] : value;
        var end = host.IndexOfAny("/?#");
        host = end >= 0 ? host[..end] : host;
        var userInfo = host.LastIndexOf('@');
        host = userInfo >= 0 ? host[(userInfo + 1)..] : host;
        var port = host.LastIndexOf(':');
        return port >= 0 ? host[..port] : host;
    }
}
