using Microsoft.Extensions.Options;

namespace AgentAssist.BotFramework.Connector;

/// <summary>
/// Which connector hosts the bot may call at all, whatever activity named them: with an app id, loopback and the hosts
/// of <see cref="BotFrameworkOptions.BuiltInServiceHosts"/> and <see cref="BotFrameworkOptions.TrustedServiceHosts"/>
/// over https; without one (Development, unauthenticated) loopback only. So a serviceUrl can never point the bot at a
/// cloud metadata address or an internal service.
/// </summary>
public sealed class ServiceUrlPolicy
{
    private readonly bool _authenticated;
    private readonly string[] _exactHosts;
    private readonly string[] _suffixes;

    public ServiceUrlPolicy(IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _authenticated = settings.HasCredentials;
        var patterns = BotFrameworkOptions.BuiltInServiceHosts.Concat(settings.TrustedServiceHosts)
            .Select(p => p.Trim().ToLowerInvariant())
            .Where(p => p.Length > 0)
            .ToArray();
        _exactHosts = [.. patterns.Where(p => !p.StartsWith("*.", StringComparison.Ordinal))];
        _suffixes = [.. patterns.Where(p => p.StartsWith("*.", StringComparison.Ordinal)).Select(p => p[1..])];
    }

    /// <summary>True when the bot may send its token and activities to <paramref name="serviceUrl"/>.</summary>
    public bool IsAllowed(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || !string.IsNullOrEmpty(serviceUrl.UserInfo))
        {
            return false;
        }

        if (BotFrameworkOptionsValidator.IsLoopbackHost(serviceUrl))
        {
            return serviceUrl.Scheme == Uri.UriSchemeHttp || serviceUrl.Scheme == Uri.UriSchemeHttps;
        }

        if (!_authenticated || serviceUrl.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = serviceUrl.IdnHost.TrimEnd('.').ToLowerInvariant();
        return _exactHosts.Contains(host, StringComparer.Ordinal)
            || _suffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length);
    }
}
