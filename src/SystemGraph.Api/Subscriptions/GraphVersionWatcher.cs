using Microsoft.Extensions.Options;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Subscriptions;

/// <summary>
/// No silent gaps: compares the store's graph version with the changes this instance has delivered. On Neo4j
/// another instance's write moves the shared version (refreshed here through the readiness check) without this
/// instance seeing the change itself; when the version is ahead on two looks in a row (so a write still on its way
/// to its publish point is not mistaken for one), every subscription receives a missed notice carrying the version
/// this instance now has, so its client can re-query.
/// </summary>
internal sealed class GraphVersionWatcher(IGraphStore store, ChangeHub hub, TimeProvider time, IOptions<ChangeFeedOptions> options) : BackgroundService
{
    private long pending = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.VersionWatchInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        hub.Cover(store.Version);
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await LookAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One look at the version (the timer calls this; tests call it directly).</summary>
    public async Task LookAsync(CancellationToken cancellationToken)
    {
        if (hub.ActiveSubscriptions == 0)
        {
            hub.Cover(store.Version);
            pending = -1;
            return;
        }

        // Neo4j refreshes its version from the graph here; the embedded store only ever moves by its own writes.
        await store.IsReadyAsync(cancellationToken).ConfigureAwait(false);
        var version = store.Version;
        if (version <= hub.CoveredVersion)
        {
            pending = -1;
            return;
        }

        if (pending >= 0 && version >= pending)
        {
            pending = -1;
            hub.Deliver(GraphChangeEvent.MissedUpTo(version, time.GetUtcNow(), hub.InstanceId));
            return;
        }

        pending = version;
    }
}
