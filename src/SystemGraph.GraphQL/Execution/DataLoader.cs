namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// Batches the keys requested in one execution burst into a single call of the batch function and caches
/// the results for the rest of the request (one loader per request: get it from
/// <see cref="IResolveFieldContext.DataLoaders"/>). Keys missing from the batch result load as <c>default</c>.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _batchLoad;
    private readonly BatchScheduler _scheduler;
    private readonly Dictionary<TKey, Task<TValue>> _cache = [];
    private readonly Lock _gate = new();
    private Dictionary<TKey, TaskCompletionSource<TValue>>? _pending;
    private int _batchCount;

    public DataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batchLoad,
        BatchScheduler? scheduler = null)
    {
        ArgumentNullException.ThrowIfNull(batchLoad);
        _batchLoad = batchLoad;
        _scheduler = scheduler ?? new BatchScheduler();
    }

    /// <summary>How many times the batch function has been called.</summary>
    public int BatchCount => Volatile.Read(ref _batchCount);

    /// <summary>How many keys wait for the next batch.</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending?.Count ?? 0;
            }
        }
    }

    /// <summary>Loads one key, batched with the other keys requested in the same burst.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        bool schedule;
        Task<TValue> task;
        lock (_gate)
        {
            task = Enqueue(key, out schedule);
        }

        if (schedule)
        {
            _scheduler.Schedule(this);
        }

        return task;
    }

    /// <summary>Loads many keys; the uncached ones are queued together, so they share one batch.</summary>
    public async Task<IReadOnlyList<TValue>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new List<Task<TValue>>();
        var schedule = false;
        lock (_gate)
        {
            foreach (var key in keys)
            {
                tasks.Add(Enqueue(key, out var first));
                schedule |= first;
            }
        }

        if (schedule)
        {
            _scheduler.Schedule(this);
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Under the lock: the cached task for a key, or a new pending one (<paramref name="schedule"/> when it opens a batch).</summary>
    private Task<TValue> Enqueue(TKey key, out bool schedule)
    {
        schedule = false;
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        // Continuations run inline when the batch completes, inside a scheduler burst.
        var source = new TaskCompletionSource<TValue>();
        _cache[key] = source.Task;
        schedule = _pending is null;
        _pending ??= [];
        _pending[key] = source;
        return source.Task;
    }

    /// <summary>Seeds the cache with a known value.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    void IBatchDispatcher.Dispatch()
    {
        Dictionary<TKey, TaskCompletionSource<TValue>>? batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = null;
        }

        if (batch is { Count: > 0 })
        {
            Interlocked.Increment(ref _batchCount);
            _ = RunBatchAsync(batch);
        }
    }

    private async Task RunBatchAsync(Dictionary<TKey, TaskCompletionSource<TValue>> batch)
    {
        IReadOnlyDictionary<TKey, TValue>? results = null;
        Exception? failure = null;
        try
        {
            _scheduler.CancellationToken.ThrowIfCancellationRequested();
            results = await _batchLoad(batch.Keys.ToList(), _scheduler.CancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failing batch must fail every waiting load, whatever the exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }

        _scheduler.RunBurst(() =>
        {
            foreach (var (key, source) in batch)
            {
                if (failure is OperationCanceledException canceled)
                {
                    source.TrySetCanceled(canceled.CancellationToken);
                }
                else if (failure is not null)
                {
                    source.TrySetException(failure);
                }
                else
                {
                    source.TrySetResult(results!.TryGetValue(key, out var value) ? value : default!);
                }
            }
        });
    }
}
