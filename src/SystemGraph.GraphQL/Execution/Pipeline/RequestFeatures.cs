using System.Collections.Concurrent;

namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Typed per-request state shared by the pipeline's steps and the resolvers (ASP.NET Core's feature collection,
/// keyed by type instead of by string): a transport puts the caller in, a host step puts the reader scope in,
/// resolvers read them back by type. Safe for the concurrent root fields of a query.
/// </summary>
public sealed class RequestFeatures
{
    private readonly ConcurrentDictionary<Type, object> _features = new();

    /// <summary>The feature of type <typeparamref name="T"/>, or null when none was set.</summary>
    public T? Get<T>()
        where T : class =>
        _features.TryGetValue(typeof(T), out var feature) ? (T)feature : null;

    /// <summary>Sets (or replaces) the feature of type <typeparamref name="T"/>.</summary>
    public void Set<T>(T feature)
        where T : class =>
        _features[typeof(T)] = feature ?? throw new ArgumentNullException(nameof(feature));

    /// <summary>The feature of type <typeparamref name="T"/>, created by <paramref name="create"/> the first time it is asked for.</summary>
    public T GetOrAdd<T>(Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return (T)_features.GetOrAdd(typeof(T), static (_, make) => make(), create);
    }
}
