namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Typed per-request state shared by the pipeline's steps and the resolvers (ASP.NET Core's feature collection,
/// keyed by type instead of by string): a transport puts the caller in, a host step puts the reader scope in,
/// resolvers read them back by type. Safe for the concurrent root fields of a query.
/// </summary>
/// <remarks>
/// A request holds a handful of features and reads them far more often than it sets them, so they live in a small
/// array that readers scan without a lock and writers replace under one (copy on write). A concurrent dictionary
/// per request was among the largest allocations of a response-cache hit (issue 21).
/// </remarks>
public sealed class RequestFeatures
{
    private readonly Lock _gate = new();
    private KeyValuePair<Type, object>[] _features = [];

    /// <summary>The feature of type <typeparamref name="T"/>, or null when none was set.</summary>
    public T? Get<T>()
        where T : class =>
        Find(Volatile.Read(ref _features), typeof(T)) is { } feature ? (T)feature : null;

    /// <summary>Sets (or replaces) the feature of type <typeparamref name="T"/>.</summary>
    public void Set<T>(T feature)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(feature);
        lock (_gate)
        {
            Volatile.Write(ref _features, With(_features, typeof(T), feature));
        }
    }

    /// <summary>The feature of type <typeparamref name="T"/>, created by <paramref name="create"/> the first time it is asked for.</summary>
    public T GetOrAdd<T>(Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        if (Get<T>() is { } existing)
        {
            return existing;
        }

        // Made outside the lock (it may read other features); when two callers race, the first one set wins.
        var made = create();
        lock (_gate)
        {
            if (Find(_features, typeof(T)) is { } raced)
            {
                return (T)raced;
            }

            Volatile.Write(ref _features, With(_features, typeof(T), made));
            return made;
        }
    }

    private static object? Find(KeyValuePair<Type, object>[] features, Type type)
    {
        foreach (var (key, value) in features)
        {
            if (key == type)
            {
                return value;
            }
        }

        return null;
    }

    private static KeyValuePair<Type, object>[] With(KeyValuePair<Type, object>[] features, Type type, object feature)
    {
        var index = Array.FindIndex(features, f => f.Key == type);
        var copy = index >= 0 ? (KeyValuePair<Type, object>[])features.Clone() : [.. features, default];
        copy[index >= 0 ? index : features.Length] = new KeyValuePair<Type, object>(type, feature);
        return copy;
    }
}
