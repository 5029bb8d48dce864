namespace SystemGraph.GraphQL.Execution;

/// <summary>Something with queued work to start as one batch (a <see cref="DataLoader{TKey,TValue}"/>).</summary>
public interface IBatchDispatcher
{
    /// <summary>Starts the queued batch, if any.</summary>
    void Dispatch();

    /// <summary>How many keys are queued.</summary>
    int PendingCount { get; }
}

/// <summary>
/// Decides when data loaders of one request dispatch. The executor runs each synchronous burst of work
/// (starting the operation; resuming resolvers after a batch completes) through <see cref="RunBurst"/>;
/// keys requested inside a burst are dispatched together once the burst ends, so N sibling loads become
/// one batch deterministically. Keys requested elsewhere (after a resolver's own I/O) are dispatched on
/// the next scheduler turn.
/// </summary>
public sealed class BatchScheduler
{
    [ThreadStatic]
    private static BatchScheduler? t_inBurst;

    private readonly Lock _gate = new();
    private readonly List<IBatchDispatcher> _pending = [];

    public BatchScheduler(CancellationToken cancellationToken = default) => CancellationToken = cancellationToken;

    /// <summary>The token passed to batch functions.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Queues a dispatcher that has pending work.</summary>
    public void Schedule(IBatchDispatcher dispatcher)
    {
        lock (_gate)
        {
            _pending.Add(dispatcher);
        }

        if (!ReferenceEquals(t_inBurst, this))
        {
            _ = DispatchOnNextTurnAsync();
        }
    }

    /// <summary>Runs <paramref name="action"/> as one burst, then dispatches everything it queued.</summary>
    public void RunBurst(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var previous = t_inBurst;
        var previousContext = SynchronizationContext.Current;
        t_inBurst = this;

        // Without a synchronization context, continuations of completed loads run inline in the burst.
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            action();
        }
        finally
        {
            t_inBurst = previous;
            SynchronizationContext.SetSynchronizationContext(previousContext);
        }

        DispatchAll();
    }

    /// <summary>Dispatches every queued dispatcher.</summary>
    public void DispatchAll()
    {
        while (true)
        {
            IBatchDispatcher[] batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    return;
                }

                batch = [.. _pending];
                _pending.Clear();
            }

            foreach (var dispatcher in batch)
            {
                dispatcher.Dispatch();
            }
        }
    }

    /// <summary>Outside a burst: wait until no more keys arrive between two scheduler turns, then dispatch.</summary>
    private async Task DispatchOnNextTurnAsync()
    {
        // Keys requested from other threads may still be arriving: wait for three quiet turns in a row.
        var last = -1;
        var quietTurns = 0;
        for (var turn = 0; turn < 32 && quietTurns < 3; turn++)
        {
            await Task.Yield();
            var pending = PendingCount();
            quietTurns = pending == last ? quietTurns + 1 : 0;
            last = pending;
        }

        DispatchAll();
    }

    private int PendingCount()
    {
        lock (_gate)
        {
            return _pending.Sum(d => d.PendingCount);
        }
    }
}
