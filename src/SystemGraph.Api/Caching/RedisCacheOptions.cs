namespace SystemGraph.Api.Caching;

/// <summary>
/// Redis for the response cache (configuration section <c>Cache</c>): <c>Cache:Redis</c> is a
/// StackExchange.Redis configuration string such as <c>localhost:6379</c>; empty means the in-memory cache.
/// </summary>
public sealed class RedisCacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>StackExchange.Redis configuration string; null or empty: no Redis.</summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every key this application writes, so several applications can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "systemgraph:";

    /// <summary>Time to live of an entry when the caller gives no expiry.</summary>
    public TimeSpan DefaultTimeToLive { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Longest a request waits for Redis before answering without it. A cache that is slower than the
    /// store is worse than none.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long the circuit stays open (Redis not asked at all) after it trips.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failure ratio over <see cref="SamplingDuration"/> that trips the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Window in which failures are counted.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Calls needed in the window before the circuit may trip.</summary>
    public int MinimumThroughput { get; set; } = 4;
}
