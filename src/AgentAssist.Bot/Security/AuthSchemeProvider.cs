using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Security;

/// <summary>
/// The authentication schemes, present only when <c>Auth</c> is configured. The schemes are registered either way (the
/// configuration is read when the options are, not when services are added); without <c>Auth</c> this hides them, so no
/// request ever reaches an OpenID Connect or bearer handler that has no authority to ask.
/// </summary>
internal sealed class AuthSchemeProvider(IOptions<AuthenticationOptions> options, IOptions<AuthOptions> auth) : AuthenticationSchemeProvider(options)
{
    private readonly bool _enabled = auth.Value.Enabled;

    public override Task<IEnumerable<AuthenticationScheme>> GetAllSchemesAsync() =>
        _enabled ? base.GetAllSchemesAsync() : Task.FromResult(Enumerable.Empty<AuthenticationScheme>());

    public override Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync() =>
        _enabled ? base.GetRequestHandlerSchemesAsync() : Task.FromResult(Enumerable.Empty<AuthenticationScheme>());

    public override Task<AuthenticationScheme?> GetSchemeAsync(string name) =>
        _enabled ? base.GetSchemeAsync(name) : Task.FromResult<AuthenticationScheme?>(null);
}
