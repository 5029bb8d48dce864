using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Caching;

/// <summary>
/// The graph version that cache keys carry. Without Redis it is the store's own version, which every committed
/// write changes. With Redis, instances share a counter there: an instance that sees its store's version move
/// (a write it committed) increments the counter, and every instance reads the counter at most every
/// <see cref="ResponseCacheOptions.VersionRefreshInterval"/>; so a write on one instance invalidates the
/// cached answers of all of them within twice that interval, and its own at once (its local version is in the
/// key too).
/// </summary>
/// <param name="redisCache">The Redis cache when one is configured (the shared counter lives there); null without Redis.</param>
public sealed class GraphVersionTracker(IGraphStore store, IOptions<ResponseCacheOptions> options, TimeProvider time, RedisDistributedCache? redisCache = null)
{
    internal const string SharedKey = "graph-version";

    private readonly Lock gate = new();
    private long publishedLocal = -1;
    private long shared;
    private long sharedReadAt;

    private RedisDistributedCache? Redis => redisCache;

    /// <summary>The version to put in cache keys now.</summary>
    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        var local = store.Version;
        if (Redis is null)
        {
            return local.ToString(CultureInfo.InvariantCulture);
        }

        await RefreshAsync(local, force: false, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Read(ref shared)}.{local}");
    }

    /// <summary>Publishes this instance's writes and reads the shared counter (the background refresher calls this).</summary>
    public Task RefreshAsync(CancellationToken cancellationToken) => Redis is null ? Task.CompletedTask : RefreshAsync(store.Version, force: true, cancellationToken).AsTask();

    private async ValueTask RefreshAsync(long local, bool force, CancellationToken cancellationToken)
    {
        var redis = Redis!;
        long previous;
        bool publish, read;
        lock (gate)
        {
            previous = publishedLocal;

            // The first look only records the version (the seed load); later changes are writes to publish.
            publish = previous >= 0 && previous != local;
            publishedLocal = local;
            read = force || publish || previous < 0 || time.GetElapsedTime(sharedReadAt) >= options.Value.VersionRefreshInterval;
            if (read)
            {
                sharedReadAt = time.GetTimestamp();
            }
        }

        if (publish)
        {
            if (await redis.IncrementAsync(SharedKey, cancellationToken).ConfigureAwait(false) is { } incremented)
            {
                Interlocked.Exchange(ref shared, incremented);
                return;
            }

            // Redis did not take it: try again on the next look, so other instances still learn of the write.
            lock (gate)
            {
                publishedLocal = previous;
            }
        }

        if (read && await redis.GetAsync(SharedKey, cancellationToken).ConfigureAwait(false) is { } bytes
            && long.TryParse(Encoding.UTF8.GetString(bytes), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Interlocked.Exchange(ref shared, value);
        }
    }
}

/// <summary>Keeps the shared graph version fresh between requests: publishes local writes and reads other instances'.</summary>
internal sealed class GraphVersionRefresher(GraphVersionTracker tracker, IOptions<ResponseCacheOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.VersionRefreshInterval > TimeSpan.Zero ? options.Value.VersionRefreshInterval : TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await tracker.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
