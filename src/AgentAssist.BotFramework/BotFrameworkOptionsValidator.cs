using System.Net;
using Microsoft.Extensions.Options;

namespace AgentAssist.BotFramework;

/// <summary>Checks <see cref="BotFrameworkOptions"/> at start and says how to fix each problem.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    private const string Section = BotFrameworkOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        var hasAppId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);

        if (hasAppId && !Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add($"{Section}:MicrosoftAppId must be the application (client) id GUID of the Azure Bot's app registration (Azure portal > Azure Bot > Configuration > Microsoft App ID).");
        }

        if (hasAppId && !hasPassword)
        {
            failures.Add($"{Section}:MicrosoftAppPassword is required when {Section}:MicrosoftAppId is set: set it to a client secret of the app registration (environment variable {Section}__MicrosoftAppPassword or user secrets).");
        }

        if (!hasAppId && hasPassword)
        {
            failures.Add($"{Section}:MicrosoftAppPassword is set but {Section}:MicrosoftAppId is not: set the app id too, or remove the password to run unauthenticated on loopback.");
        }

        if (!hasAppId && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"{Section}:MicrosoftAppTenantId is set but {Section}:MicrosoftAppId is not: set the app id and password too, or remove the tenant id to run unauthenticated on loopback.");
        }

        if (!Enum.IsDefined(options.MicrosoftAppType))
        {
            failures.Add($"{Section}:MicrosoftAppType must be MultiTenant or SingleTenant (the 'Type of App' of the Azure Bot).");
        }

        if (hasAppId && options.MicrosoftAppType == BotAppType.SingleTenant && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
        {
            failures.Add($"{Section}:MicrosoftAppTenantId must be the directory (tenant) id GUID when {Section}:MicrosoftAppType is SingleTenant (Azure portal > Azure Bot > Configuration > App Tenant ID).");
        }

        CheckEndpoint(failures, "OpenIdMetadataUrl", options.OpenIdMetadataUrl);
        CheckEndpoint(failures, "TokenEndpointBase", options.TokenEndpointBase);

        if (options.AllowedTenants.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{Section}:AllowedTenants has an empty entry: list Microsoft Entra tenant ids (Azure portal > Microsoft Entra ID > Overview > Tenant ID).");
        }

        foreach (var host in options.TrustedServiceHosts)
        {
            var trimmed = host?.Trim() ?? "";
            var bare = trimmed.StartsWith("*.", StringComparison.Ordinal) ? trimmed[2..] : trimmed;
            if (bare.Length == 0 || Uri.CheckHostName(bare) is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
            {
                failures.Add($"{Section}:TrustedServiceHosts entry '{host}' must be a host name (connector.example.com) or *. and a domain (*.example.com), without scheme or path.");
            }
        }

        if (options.ConnectorMaxAttempts is < 1 or > 10)
        {
            failures.Add($"{Section}:ConnectorMaxAttempts must be between 1 and 10 (1 means no retries); it is {options.ConnectorMaxAttempts}.");
        }

        if (options.ConnectorRetryBaseDelay < TimeSpan.Zero || options.ConnectorMaxRetryDelay < TimeSpan.Zero)
        {
            failures.Add($"{Section}:ConnectorRetryBaseDelay and {Section}:ConnectorMaxRetryDelay must not be negative (format hh:mm:ss, e.g. 00:00:01).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckEndpoint(List<string> failures, string key, Uri? value)
    {
        if (value is null || !value.IsAbsoluteUri)
        {
            failures.Add($"{Section}:{key} must be an absolute https URL; remove the setting to use the public Bot Framework default.");
            return;
        }

        if (!IsHttpsOrLoopbackHttp(value))
        {
            failures.Add($"{Section}:{key} must use https ('{value}' does not); plain http is allowed only for loopback test servers.");
        }
    }

    internal static bool IsHttpsOrLoopbackHttp(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopbackHost(uri));

    internal static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
