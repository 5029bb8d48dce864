using System.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SystemGraph.Api.Caching;
using SystemGraph.Api.Extensions;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Caching;

/// <summary>
/// The Redis backend as the API registers it (the library's cache over one shared connection, behind
/// <see cref="ResilientDistributedCache"/>) against a real redis-server: round trips, the shared version counter,
/// and faults that must never break a caller.
/// </summary>
public sealed class RedisCacheBackendTests : IAsyncLifetime
{
    private readonly CollectingLogger<CacheAvailability> log = new();
    private RedisServer redis = null!;
    private ServiceProvider services = null!;
    private CacheAvailability availability = null!;
    private IDistributedCache cache = null!;
    private SharedGraphVersionCounter counter = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartNewAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<ILogger<CacheAvailability>>(log);
        collection.AddSingleton(TimeProvider.System);
        collection.AddRedisCacheBackend(options =>
        {
            options.Redis = redis.Configuration;
            options.KeyPrefix = "test:";
            options.OperationTimeout = TimeSpan.FromSeconds(1);
            options.BreakDuration = TimeSpan.FromMilliseconds(500);
            options.MinimumThroughput = 2;
        });
        services = collection.BuildServiceProvider();
        availability = services.GetRequiredService<CacheAvailability>();
        cache = services.GetRequiredService<IDistributedCache>();
        counter = services.GetRequiredService<SharedGraphVersionCounter>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public void The_cache_is_the_library_cache_behind_the_resilient_wrapper()
    {
        Assert.IsType<ResilientDistributedCache>(cache);
        Assert.Same(services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>(), services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>());
    }

    [Fact]
    public async Task Set_then_get_round_trips_under_the_key_prefix_with_a_ttl()
    {
        await cache.SetAsync("k", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });

        Assert.Equal(new byte[] { 1, 2, 3 }, await cache.GetAsync("k"));
        Assert.Equal(new byte[] { 1, 2, 3 }, cache.Get("k"));
        Assert.Contains(":1", await redis.CommandAsync("EXISTS test:k"), StringComparison.Ordinal);
        var ttl = int.Parse((await redis.CommandAsync("TTL test:k")).TrimStart(':'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(ttl, 250, 300);
    }

    [Fact]
    public async Task Missing_and_removed_keys_are_misses()
    {
        Assert.Null(await cache.GetAsync("absent"));
        await cache.SetAsync("gone", [9], new DistributedCacheEntryOptions());
        await cache.RemoveAsync("gone");
        Assert.Null(await cache.GetAsync("gone"));
    }

    [Fact]
    public async Task The_shared_version_counter_counts_atomically_on_the_same_connection()
    {
        Assert.Equal(0, await counter.ReadAsync(CancellationToken.None));
        Assert.Equal(1, await counter.IncrementAsync(CancellationToken.None));
        Assert.Equal(2, await counter.IncrementAsync(CancellationToken.None));
        Assert.Equal(2, await counter.ReadAsync(CancellationToken.None));
        Assert.Contains("2", await redis.CommandAsync("GET test:graph-version"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_of_another_type_reads_as_a_miss_without_an_outage()
    {
        await redis.CommandAsync("SET test:garbage not-a-cache-entry");

        Assert.Null(await cache.GetAsync("garbage"));
        Assert.False(availability.IsDown);
        Assert.Equal(0, log.Count(LogLevel.Warning));
    }

    [Fact]
    public async Task Redis_killed_makes_the_shared_version_unknown_not_an_error()
    {
        await redis.KillAsync();

        Assert.Null(await counter.IncrementAsync(CancellationToken.None));
        Assert.Null(await counter.ReadAsync(CancellationToken.None));
        Assert.True(availability.IsDown);
    }

    [Fact]
    public async Task Redis_killed_reads_as_misses_quickly_and_logs_one_warning()
    {
        await cache.SetAsync("k", [1], new DistributedCacheEntryOptions());
        await redis.KillAsync();

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            Assert.Null(await cache.GetAsync("k"));
            await cache.SetAsync("k", [2], new DistributedCacheEntryOptions());
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"40 calls against a dead Redis took {watch.Elapsed}");
        Assert.True(availability.IsDown);
        Assert.Equal(1, log.Count(LogLevel.Warning));
    }

    [Fact]
    public async Task Cache_resumes_by_itself_when_redis_comes_back()
    {
        await redis.KillAsync();
        Assert.Null(await cache.GetAsync("k"));
        Assert.True(availability.IsDown);

        await redis.StartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        byte[]? value = null;
        while (DateTime.UtcNow < deadline && value is null)
        {
            await cache.SetAsync("k", [7], new DistributedCacheEntryOptions());
            value = await cache.GetAsync("k");
            await Task.Delay(100);
        }

        Assert.Equal(new byte[] { 7 }, value);
        Assert.False(availability.IsDown);
        Assert.Equal(1, log.Count(LogLevel.Information));
    }
}
