namespace SystemGraph.Api.Caching;

/// <summary>
/// The response cache and persisted operations (configuration section <c>Cache</c>, beside the Redis settings
/// in <see cref="RedisCacheOptions"/>).
/// </summary>
public sealed class ResponseCacheOptions
{
    /// <summary>Cache query responses at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a cached response lives (it is also dropped by any write, through the graph version).</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How often an instance reads the shared graph version from Redis (and publishes its own writes). Another
    /// instance's write is seen within twice this; this instance's own writes at once.
    /// </summary>
    public TimeSpan VersionRefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Fields whose answer depends on today's date when the request gives no <c>asOf</c>: a request selecting,
    /// filtering or sorting on one of them is never cached.
    /// </summary>
    public IList<string> TimeDependentFields { get; } = ["Board.chair", "Function.heldBy"];

    /// <summary>Apollo-style automatic persisted queries and the production allow-list.</summary>
    public PersistedOperationOptions PersistedOperations { get; set; } = new();
}

/// <summary>Persisted operations (<c>Cache:PersistedOperations</c>).</summary>
public sealed class PersistedOperationOptions
{
    /// <summary>Only registered operations run (those in <see cref="Directory"/>); clients send their hash.</summary>
    public bool AllowListOnly { get; set; }

    /// <summary>A folder of <c>*.graphql</c> operations registered at start-up (the allow-list), each known by its SHA-256.</summary>
    public string? Directory { get; set; }

    /// <summary>How long an automatically registered operation is kept in the cache store.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(7);
}
