using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>The state of one operation's execution: inputs, fragments, options and the collected errors.</summary>
internal sealed class ExecutionState
{
    private readonly List<(GraphQLError Error, ResponsePath? Origin)> _errors = [];
    private readonly Lock _gate = new();
    private readonly OrderedDictionary<string, object?> _extensions = new(StringComparer.Ordinal);

    public required GraphQLSchema Schema { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required IReadOnlyDictionary<string, object?> Variables { get; init; }

    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }

    public required IDictionary<string, object?> ContextData { get; init; }

    public required Pipeline.RequestFeatures Features { get; init; }

    public required DataLoaderRegistry DataLoaders { get; init; }

    public required ExecutionOptions Options { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Entries resolvers added to the response's extensions, in the order first added.</summary>
    public IReadOnlyDictionary<string, object?>? ResponseExtensions
    {
        get
        {
            lock (_gate)
            {
                return _extensions.Count == 0 ? null : new OrderedDictionary<string, object?>(_extensions, StringComparer.Ordinal);
            }
        }
    }

    public void SetResponseExtension(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            _extensions[key] = value;
        }
    }

    /// <param name="origin">The path of the field where the error happened (null for request-level errors).</param>
    public void AddError(GraphQLError error, ResponsePath? origin = null)
    {
        lock (_gate)
        {
            _errors.Add((error, origin));
        }
    }

    /// <summary>
    /// The errors in response order (depth first, fields in document order, list items in index order), request-level
    /// errors first: the order a synchronous execution meets them in (graphql-js's), and a stable one however
    /// concurrent resolvers interleave. The spec does not fix an order (§7.1.2); a stable one keeps answers comparable.
    /// </summary>
    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_gate)
            {
                return _errors.Count < 2
                    ? _errors.Select(e => e.Error).ToList()
                    : _errors.Select((e, i) => (e.Error, Key: e.Origin?.Positions() ?? [], Index: i))
                        .OrderBy(e => e.Key, PositionsComparer.Instance)
                        .ThenBy(e => e.Index)
                        .Select(e => e.Error)
                        .ToList();
            }
        }
    }
}

/// <summary>A field error travelling up to the nearest nullable field (§6.4.4 Handling Field Errors).</summary>
internal sealed class FieldErrorPropagation(GraphQLError error, ResponsePath origin) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;

    /// <summary>Where the error happened (it is reported at its own path, and ordered by it).</summary>
    public ResponsePath Origin { get; } = origin;
}

/// <summary>Orders position lists lexicographically, a prefix before its extensions: a depth-first walk.</summary>
internal sealed class PositionsComparer : IComparer<int[]>
{
    public static readonly PositionsComparer Instance = new();

    public int Compare(int[]? x, int[]? y)
    {
        x ??= [];
        y ??= [];
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i])
            {
                return x[i].CompareTo(y[i]);
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
