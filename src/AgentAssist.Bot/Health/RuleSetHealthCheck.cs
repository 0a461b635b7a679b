using AgentAssist.Core.Packs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgentAssist.Bot.Health;

/// <summary>Ready when a rule set with at least one pack is in force: without one every check would pass unchecked.</summary>
internal sealed class RuleSetHealthCheck(RuleSetProvider rules) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var packs = rules.Current.Packs;
        return Task.FromResult(packs.Count > 0
            ? HealthCheckResult.Healthy($"{packs.Count} rule packs in force")
            : HealthCheckResult.Unhealthy("No rule pack is in force"));
    }
}
