namespace SystemGraph.Api.Subscriptions;

/// <summary>Settings of the change feed behind subscriptions (section <c>Subscriptions</c>).</summary>
public sealed class ChangeFeedOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary>
    /// Events buffered per subscription before it counts as a slow consumer and is completed with
    /// SUBSCRIPTION_SLOW_CONSUMER (memory per subscriber stays bounded).
    /// </summary>
    public int BufferSize { get; set; } = 64;

    /// <summary>Subscriptions on this instance, over all connections; one more is refused with SUBSCRIPTION_LIMIT_REACHED.</summary>
    public int MaxSubscriptions { get; set; } = 10_000;

    /// <summary>
    /// How often the graph version is compared with the changes delivered; a version moved by another instance
    /// (seen on two looks in a row) is announced as a missed notice. Zero turns the watch off.
    /// </summary>
    public TimeSpan VersionWatchInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The Redis pub/sub channel that carries changes between instances (with <c>Cache:Redis</c>).</summary>
    public string RedisChannel { get; set; } = "systemgraph:changes";
}
