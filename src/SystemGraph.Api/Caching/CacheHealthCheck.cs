using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SystemGraph.Api.Caching;

/// <summary>Readiness of the response cache: Redis down is Degraded, not Unhealthy (requests are answered from the store).</summary>
internal sealed class CacheHealthCheck(CacheAvailability? availability = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(availability switch
        {
            null => HealthCheckResult.Healthy("In-memory response cache."),
            { IsDown: true } down => HealthCheckResult.Degraded($"Redis unavailable since {down.DownSince:O} ({down.LastError}); answering from the store."),
            _ => HealthCheckResult.Healthy("Redis response cache."),
        });
}
