using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SystemGraph.Api.Caching;

/// <summary>
/// The graph version shared by every instance on one Redis: a counter that an instance increments when it commits
/// a write and that every instance reads (see <see cref="GraphVersionTracker"/>). It uses the same connection as
/// the response cache and the same <see cref="RedisResilience"/>, so an outage reads as "unknown" (null).
/// </summary>
public sealed class SharedGraphVersionCounter(IConnectionMultiplexer redis, RedisResilience resilience, IOptions<RedisCacheOptions> options)
{
    internal const string Key = "graph-version";

    private readonly RedisKey key = (options ?? throw new ArgumentNullException(nameof(options))).Value.KeyPrefix + Key;

    /// <summary>Atomically increments the counter; null when Redis cannot be reached.</summary>
    public Task<long?> IncrementAsync(CancellationToken cancellationToken) =>
        resilience.ExecuteAsync<long?>(async _ => await redis.GetDatabase().StringIncrementAsync(key).ConfigureAwait(false), fallback: null, cancellationToken);

    /// <summary>The counter's value (0 before any write); null when Redis cannot be reached.</summary>
    public Task<long?> ReadAsync(CancellationToken cancellationToken) =>
        resilience.ExecuteAsync<long?>(
            async _ => Parse(await redis.GetDatabase().StringGetAsync(key).ConfigureAwait(false)),
            fallback: null,
            cancellationToken);

    /// <summary>Absent is 0 (no write yet); anything but an integer is unknown, as an outage is.</summary>
    private static long? Parse(RedisValue value) => value.IsNull ? 0 : value.TryParse(out long parsed) ? parsed : null;
}
