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
        builder.Services.AddOptions<ResponseCacheOptions>().Bind(section);
        builder.Services.AddOptions<RedisCacheOptions>().Bind(section);
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
