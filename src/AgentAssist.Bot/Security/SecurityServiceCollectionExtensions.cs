using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AgentAssist.Bot.Security;

internal static class SecurityServiceCollectionExtensions
{
    /// <summary>The scheme that picks bearer tokens (API clients) or the sign-in cookie (pages) per request.</summary>
    public const string CallerScheme = "AgentAssist.Caller";

    /// <summary>
    /// Authentication (JWT bearer for the API, OpenID Connect and a cookie for the pages) and authorization by app role
    /// when <c>Auth</c> is configured; the loopback-only guard when it is not; the per-caller rate limit on checks and
    /// suggestions; outgoing HTTP logged without paths or queries and never redirected.
    /// </summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        AddAuthentication(services);
        AddAuthorization(services);
        AddRateLimiting(services);

        // Every HttpClient (CRM, Bot Framework, language model): no path or query in the logs, no redirects followed.
        services.TryAddSingleton<HostOnlyHttpClientLogger>();
        services.ConfigureHttpClientDefaults(client => client
            .RemoveAllLoggers()
            .AddLogger<HostOnlyHttpClientLogger>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false }));

        // Request lines carry query strings; whatever the configuration says, they are not logged.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));

        services.AddHostedService<LoopbackOnlyGuard>();
        return services;
    }

    private static void AddAuthentication(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddPolicyScheme(CallerScheme, "Bearer token or sign-in cookie", options =>
            {
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : CookieAuthenticationDefaults.AuthenticationScheme;

                // An API caller without a token gets 401 and one without the role 403, never a redirect to sign in.
                options.ForwardChallenge = JwtBearerDefaults.AuthenticationScheme;
                options.ForwardForbid = JwtBearerDefaults.AuthenticationScheme;
            })
            .AddJwtBearer()
            .AddCookie(options =>
            {
                options.Cookie.Name = "AgentAssist.SignIn";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            })
            .AddOpenIdConnect();
        services.AddSingleton<IAuthenticationSchemeProvider, AuthSchemeProvider>();

        services.AddOptions<AuthenticationOptions>().Configure<IOptions<AuthOptions>>((options, auth) =>
        {
            if (auth.Value.Enabled)
            {
                options.DefaultScheme = CallerScheme;
                options.DefaultChallengeScheme = CallerScheme;
                options.DefaultForbidScheme = CallerScheme;
            }
        });

        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>((options, auth) =>
        {
            var settings = auth.Value;
            if (!settings.Enabled)
            {
                return;
            }

            options.Authority = settings.Authority!.AbsoluteUri;
            options.Audience = settings.Audience;
            options.RequireHttpsMetadata = !settings.Authority.IsLoopback;
            options.MapInboundClaims = false;
            UseEntraClaims(options.TokenValidationParameters, settings);
            options.TokenValidationParameters.ValidAudiences = [settings.Audience!, settings.ClientId!];
            options.TokenValidationParameters.IgnoreTrailingSlashWhenValidatingAudience = false;
        });

        services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>((options, auth) =>
        {
            var settings = auth.Value;
            if (!settings.Enabled)
            {
                return;
            }

            options.Authority = settings.Authority!.AbsoluteUri;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = !settings.Authority.IsLoopback;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.SaveTokens = false;
            options.MapInboundClaims = false;
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            UseEntraClaims(options.TokenValidationParameters, settings);
        });
    }

    /// <summary>Roles from <see cref="AuthOptions.RoleClaimType"/> and the display name from <c>name</c>, as Entra ID issues them.</summary>
    private static void UseEntraClaims(TokenValidationParameters parameters, AuthOptions settings)
    {
        parameters.RoleClaimType = settings.RoleClaimType;
        parameters.NameClaimType = "name";
    }

    private static void AddAuthorization(IServiceCollection services)
    {
        services.AddAuthorization();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, SurfaceRoleRequirement>());
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthOptions>>((options, auth) =>
        {
            var enabled = auth.Value.Enabled;
            foreach (var (name, roles) in AppPolicies.Roles)
            {
                options.AddPolicy(name, policy =>
                {
                    if (enabled)
                    {
                        policy.RequireAuthenticatedUser().RequireRole(roles);
                    }
                    else
                    {
                        // Loopback-only local use: the person at the machine holds every role.
                        policy.RequireAssertion(_ => true);
                    }
                });
            }

            if (enabled)
            {
                options.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new SurfaceRoleRequirement()).Build();
            }
        });
    }

    private static void AddRateLimiting(IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            var settings = limits.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                settings.PermitLimit > 0 && IsLimited(context.Request.Path)
                    ? RateLimitPartition.GetFixedWindowLimiter(CallerKey(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitLimit,
                        Window = settings.Window,
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : (int)Math.Ceiling(settings.Window.TotalSeconds);
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: string.Create(CultureInfo.InvariantCulture, $"At most {settings.PermitLimit} checks and suggestions per {settings.Window.TotalSeconds:0} s per caller; try again in {seconds} s."))
                    .ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
            };
        });
    }

    private static bool IsLimited(PathString path) =>
        path.StartsWithSegments("/api/v1/check", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/v1/suggest", StringComparison.OrdinalIgnoreCase);

    /// <summary>The signed-in user's object id (or subject), else the client's address.</summary>
    internal static string CallerKey(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && (user.FindFirst("oid")?.Value ?? user.FindFirst("sub")?.Value) is { Length: > 0 } id)
        {
            return "user:" + id;
        }

        return "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
