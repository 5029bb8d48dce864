using Microsoft.Extensions.Caching.Distributed;
using SystemGraph.Api.Caching;

namespace SystemGraph.Api.Extensions;

/// <summary>
/// The stores behind the response cache and persisted operations: in memory by default, Redis when <c>Cache:Redis</c>
/// is set. The pipeline steps that use them are added with the others in <see cref="GraphQLExtensions"/>.
/// </summary>
internal static class CachingExtensions
{
    public static WebApplicationBuilder AddSystemGraphCaching(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RedisCacheOptions.SectionName);
        builder.Services.AddOptions<ResponseCacheOptions>().Bind(section)
            .Validate(o => o.TimeToLive > TimeSpan.Zero && o.VersionRefreshInterval > TimeSpan.Zero && o.PersistedOperations.TimeToLive > TimeSpan.Zero,
                "Cache: TimeToLive, VersionRefreshInterval and PersistedOperations:TimeToLive must be positive.")
            .Validate(o => !o.PersistedOperations.AllowListOnly || !string.IsNullOrWhiteSpace(o.PersistedOperations.Directory),
                "Cache:PersistedOperations:AllowListOnly needs Cache:PersistedOperations:Directory: with no registered operations nothing could run.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PersistedOperations.Directory) || Directory.Exists(o.PersistedOperations.Directory),
                "Cache:PersistedOperations:Directory does not exist.")
            .ValidateOnStart();
        builder.Services.AddOptions<RedisCacheOptions>().Bind(section)
            .Validate(o => o.OperationTimeout > TimeSpan.Zero && o.BreakDuration > TimeSpan.Zero && o.SamplingDuration > TimeSpan.Zero && o.DefaultTimeToLive > TimeSpan.Zero,
                "Cache: OperationTimeout, BreakDuration, SamplingDuration and DefaultTimeToLive must be positive.")
            .Validate(o => o.FailureRatio is > 0 and <= 1 && o.MinimumThroughput >= 2,
                "Cache: FailureRatio must be in (0, 1] and MinimumThroughput at least 2 (the circuit breaker's rules).")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        if (!string.IsNullOrWhiteSpace(section[nameof(RedisCacheOptions.Redis)]))
        {
            builder.Services.AddSingleton<CacheAvailability>();
            builder.Services.AddSingleton<RedisDistributedCache>();
            builder.Services.AddSingleton<IDistributedCache>(sp => sp.GetRequiredService<RedisDistributedCache>());
            builder.Services.AddHealthChecks().AddCheck<CacheHealthCheck>("cache", tags: [HealthCheckExtensions.ReadyTag]);
        }
        else
        {
            builder.Services.AddDistributedMemoryCache();
            builder.Services.AddHealthChecks().AddCheck("cache", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy("In-memory response cache."), [HealthCheckExtensions.ReadyTag]);
        }

        builder.Services.AddSingleton<GraphVersionTracker>();
        builder.Services.AddHostedService<GraphVersionRefresher>();
        builder.Services.AddSingleton<ResponseCache>();
        return builder;
    }
}
