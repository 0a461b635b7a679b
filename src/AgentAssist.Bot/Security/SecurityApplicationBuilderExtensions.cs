using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Security;

internal static class SecurityApplicationBuilderExtensions
{
    /// <summary>
    /// Authentication, the pages' sign-in, authorization and the rate limiter, in that order. Call before the static
    /// files, so that the pages need sign-in too.
    /// </summary>
    public static IApplicationBuilder UseSecurity(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var enabled = app.ApplicationServices.GetRequiredService<IOptions<AuthOptions>>().Value.Enabled;
        app.UseAuthentication();
        if (enabled)
        {
            app.Use(SignInToPagesAsync);
        }

        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>A browser asking for a page without the sign-in cookie is sent to sign in with OpenID Connect.</summary>
    private static async Task SignInToPagesAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && IsPage(request.Path)
            && context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync(OpenIdConnectDefaults.AuthenticationScheme).ConfigureAwait(false);
            return;
        }

        await next().ConfigureAwait(false);
    }

    private static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/signin-oidc", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/signout-callback-oidc", StringComparison.OrdinalIgnoreCase);
}
