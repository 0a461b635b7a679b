using Microsoft.AspNetCore.Authorization;

namespace AgentAssist.Bot.Security;

/// <summary>
/// The fallback policy with <c>Auth</c> configured, for every endpoint and page that names no policy of its own:
/// <c>/health*</c> is open (probes), <c>/api/v1/admin/*</c> needs <see cref="AppRoles.Admin"/>, everything else an
/// agent or a supervisor. Endpoints that authenticate otherwise (the Bot Framework channel's JWT, a Slack signature)
/// opt out with <c>.AllowAnonymous()</c>.
/// </summary>
internal sealed class SurfaceRoleRequirement : AuthorizationHandler<SurfaceRoleRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SurfaceRoleRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Resource is HttpContext http ? http.Request.Path : PathString.Empty;
        if (path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var policy = path.StartsWithSegments("/api/v1/admin", StringComparison.OrdinalIgnoreCase) ? AppPolicies.Admin : AppPolicies.Agent;
        if (context.User.Identity?.IsAuthenticated == true && AppPolicies.Roles[policy].Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
