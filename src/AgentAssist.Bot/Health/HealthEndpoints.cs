using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgentAssist.Bot.Health;

/// <summary>
/// Liveness and readiness for load balancers and orchestrators. <c>/health/live</c> says the process serves HTTP (restart
/// it when this fails); <c>/health/ready</c> says it can do its work: the database answers and a rule set is in force
/// (route no traffic to it when this fails). <c>/health</c>, which earlier releases answered, is readiness.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddServiceHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<RuleSetHealthCheck>("rules", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) };
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", ready);
        endpoints.MapHealthChecks("/health", ready);
        return endpoints;
    }
}
