using System.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SystemGraph.Api.Caching;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Caching;

/// <summary>The Redis cache against a real redis-server: round trips, and faults that must never break a caller.</summary>
public sealed class RedisDistributedCacheTests : IAsyncLifetime
{
    private readonly CollectingLogger<CacheAvailability> log = new();
    private RedisServer redis = null!;
    private CacheAvailability availability = null!;
    private RedisDistributedCache cache = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartNewAsync();
        availability = new CacheAvailability(log, TimeProvider.System);
        cache = new RedisDistributedCache(Options.Create(new RedisCacheOptions
        {
            Redis = redis.Configuration,
            KeyPrefix = "test:",
            OperationTimeout = TimeSpan.FromSeconds(1),
            BreakDuration = TimeSpan.FromMilliseconds(500),
            MinimumThroughput = 2,
        }), availability);
    }

    public async Task DisposeAsync()
    {
        await cache.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task Set_then_get_round_trips_under_the_key_prefix_with_a_ttl()
    {
        await cache.SetAsync("k", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });

        Assert.Equal(new byte[] { 1, 2, 3 }, await cache.GetAsync("k"));
        Assert.Equal(new byte[] { 1, 2, 3 }, cache.Get("k"));
        Assert.Contains("1", await redis.CommandAsync("EXISTS test:k"), StringComparison.Ordinal);
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
    public async Task Increment_counts_atomically()
    {
        Assert.Equal(1, await cache.IncrementAsync("version"));
        Assert.Equal(2, await cache.IncrementAsync("version"));
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
