using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
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
        var section = builder.Configuration.GetSection(Caching.RedisCacheOptions.SectionName);
        builder.Services.AddOptions<ResponseCacheOptions>().Bind(section)
            .Validate(o => o.TimeToLive > TimeSpan.Zero && o.VersionRefreshInterval > TimeSpan.Zero && o.PersistedOperations.TimeToLive > TimeSpan.Zero,
                "Cache: TimeToLive, VersionRefreshInterval and PersistedOperations:TimeToLive must be positive.")
            .Validate(o => !o.PersistedOperations.AllowListOnly || !string.IsNullOrWhiteSpace(o.PersistedOperations.Directory),
                "Cache:PersistedOperations:AllowListOnly needs Cache:PersistedOperations:Directory: with no registered operations nothing could run.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PersistedOperations.Directory) || Directory.Exists(o.PersistedOperations.Directory),
                "Cache:PersistedOperations:Directory does not exist.")
            .ValidateOnStart();
        builder.Services.AddOptions<Caching.RedisCacheOptions>().Bind(section)
            .Validate(o => o.OperationTimeout > TimeSpan.Zero && o.BreakDuration > TimeSpan.Zero && o.SamplingDuration > TimeSpan.Zero && o.DefaultTimeToLive > TimeSpan.Zero,
                "Cache: OperationTimeout, BreakDuration, SamplingDuration and DefaultTimeToLive must be positive.")
            .Validate(o => o.FailureRatio is > 0 and <= 1 && o.MinimumThroughput >= 2,
                "Cache: FailureRatio must be in (0, 1] and MinimumThroughput at least 2 (the circuit breaker's rules).")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        if (!string.IsNullOrWhiteSpace(section[nameof(Caching.RedisCacheOptions.Redis)]))
        {
            builder.Services.AddRedisCacheBackend(options => section.Bind(options));
            builder.Services.AddHealthChecks().AddCheck<CacheHealthCheck>("cache", tags: [HealthCheckExtensions.ReadyTag]);
        }
        else
        {
            builder.Services.AddOptions<Caching.RedisCacheOptions>().Bind(section);
            builder.Services.AddDistributedMemoryCache();
            builder.Services.AddHealthChecks().AddCheck("cache", () => HealthCheckResult.Healthy("In-memory response cache."), [HealthCheckExtensions.ReadyTag]);
        }

        builder.Services.AddSingleton<GraphVersionTracker>();
        builder.Services.AddHostedService<GraphVersionRefresher>();
        builder.Services.AddSingleton<ResponseCache>();
        return builder;
    }

    /// <summary>
    /// Redis behind <see cref="IDistributedCache"/>: the library's cache (<c>AddStackExchangeRedisCache</c>) over one
    /// <see cref="IConnectionMultiplexer"/> that also serves the shared graph version (and, later, pub/sub),
    /// wrapped in <see cref="ResilientDistributedCache"/> so Redis faults never reach a request.
    /// </summary>
    public static IServiceCollection AddRedisCacheBackend(this IServiceCollection services, Action<Caching.RedisCacheOptions> configure)
    {
        services.AddOptions<Caching.RedisCacheOptions>().Configure(configure);
        services.AddSingleton<CacheAvailability>();
        services.AddSingleton<RedisResilience>();
        services.AddSingleton<IConnectionMultiplexer>(sp => ConnectionMultiplexer.Connect(ConnectionOptions(sp.GetRequiredService<IOptions<Caching.RedisCacheOptions>>().Value)));
        services.AddSingleton<SharedGraphVersionCounter>();

        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
            .Configure<IConnectionMultiplexer, IOptions<Caching.RedisCacheOptions>>((library, connection, ours) =>
            {
                library.ConnectionMultiplexerFactory = () => Task.FromResult(connection);
                library.InstanceName = ours.Value.KeyPrefix;
            });

        // The library registers its cache as IDistributedCache; that registration becomes the inner cache of ours.
        var library = services.Last(d => d.ServiceType == typeof(IDistributedCache));
        services.Remove(library);
        services.AddSingleton<IDistributedCache>(sp => new ResilientDistributedCache(
            (IDistributedCache)ActivatorUtilities.CreateInstance(sp, library.ImplementationType!),
            sp.GetRequiredService<RedisResilience>()));
        return services;
    }

    /// <summary>
    /// Connects without failing when Redis is down (AbortOnConnectFail = false): the multiplexer keeps reconnecting
    /// in the background, and commands fail at once while it is disconnected (FailFast) instead of queueing.
    /// </summary>
    private static ConfigurationOptions ConnectionOptions(Caching.RedisCacheOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Redis ?? throw new InvalidOperationException("Cache:Redis is not set."));
        var limit = (int)Math.Max(options.OperationTimeout.TotalMilliseconds, 1);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = Math.Max(limit * 4, 200);
        configuration.SyncTimeout = limit;
        configuration.AsyncTimeout = limit;
        configuration.ConnectRetry = 1;
        return configuration;
    }
}
