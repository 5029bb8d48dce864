using System.Collections.Concurrent;

namespace SystemGraph.GraphQL.Execution;

/// <summary>The data loaders of one request, created on first use and shared by every resolver of that request.</summary>
public sealed class DataLoaderRegistry
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public DataLoaderRegistry(CancellationToken cancellationToken = default) => Scheduler = new BatchScheduler(cancellationToken);

    /// <summary>The scheduler that dispatches this request's batches.</summary>
    public BatchScheduler Scheduler { get; }

    /// <summary>Gets the loader registered under <paramref name="name"/>, creating it with <paramref name="batchLoad"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrCreate<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batchLoad)
        where TKey : notnull
    {
        var loader = _loaders.GetOrAdd(name, _ => new DataLoader<TKey, TValue>(batchLoad, Scheduler));
        return loader as DataLoader<TKey, TValue>
            ?? throw new InvalidOperationException($"Data loader \"{name}\" was created with other key or value types.");
    }
}
