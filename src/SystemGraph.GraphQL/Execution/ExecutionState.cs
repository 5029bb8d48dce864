using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>The state of one operation's execution: inputs, fragments, options and the collected errors.</summary>
internal sealed class ExecutionState
{
    private readonly List<GraphQLError> _errors = [];
    private readonly object _gate = new();

    public required GraphQLSchema Schema { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required IReadOnlyDictionary<string, object?> Variables { get; init; }

    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }

    public required IDictionary<string, object?> ContextData { get; init; }

    public required DataLoaderRegistry DataLoaders { get; init; }

    public required ExecutionOptions Options { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Sub-selections already collected, per runtime type and merged field nodes (shared by all items of a list).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<(ObjectType Type, IReadOnlyList<FieldNode> Nodes), OrderedDictionary<string, List<FieldNode>>> SubfieldCache { get; } =
        new(SubfieldKeyComparer.Instance);

    public void AddError(GraphQLError error)
    {
        lock (_gate)
        {
            _errors.Add(error);
        }
    }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_gate)
            {
                return _errors.ToList();
            }
        }
    }
}

/// <summary>Compares sub-selection cache keys by reference.</summary>
internal sealed class SubfieldKeyComparer : IEqualityComparer<(ObjectType Type, IReadOnlyList<FieldNode> Nodes)>
{
    public static SubfieldKeyComparer Instance { get; } = new();

    public bool Equals((ObjectType Type, IReadOnlyList<FieldNode> Nodes) x, (ObjectType Type, IReadOnlyList<FieldNode> Nodes) y) =>
        ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Nodes, y.Nodes);

    public int GetHashCode((ObjectType Type, IReadOnlyList<FieldNode> Nodes) obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Type), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Nodes));
}

/// <summary>A field error travelling up to the nearest nullable field (§6.4.4 Handling Field Errors).</summary>
internal sealed class FieldErrorPropagation(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
