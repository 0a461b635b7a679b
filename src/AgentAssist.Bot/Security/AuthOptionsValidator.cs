using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Security;

/// <summary>Checks <see cref="AuthOptions"/> at start and says how to fix each problem.</summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.Enabled)
        {
            if (!string.IsNullOrWhiteSpace(options.Audience) || !string.IsNullOrWhiteSpace(options.ClientId) || !string.IsNullOrWhiteSpace(options.ClientSecret))
            {
                failures.Add("Auth:Audience, Auth:ClientId or Auth:ClientSecret is set but Auth:Authority is not: set Auth:Authority (e.g. https://login.microsoftonline.com/<tenant id>/v2.0) or remove the others.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        var authority = options.Authority!;
        if (!authority.IsAbsoluteUri || !(authority.Scheme == Uri.UriSchemeHttps || (authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback)))
        {
            failures.Add($"Auth:Authority must be an absolute https URL (plain http only on loopback), e.g. https://login.microsoftonline.com/<tenant id>/v2.0; it is '{authority}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Auth:Audience is required with Auth:Authority: the Application ID URI (api://…) or client id that API tokens are issued for.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Auth:ClientId is required with Auth:Authority: the application (client) id the pages sign in with.");
        }

        if (string.IsNullOrWhiteSpace(options.RoleClaimType))
        {
            failures.Add("Auth:RoleClaimType must name the claim app roles arrive in (Microsoft Entra ID: roles).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
