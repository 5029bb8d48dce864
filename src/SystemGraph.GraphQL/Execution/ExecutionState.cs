using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>The state of one operation's execution: inputs, fragments, options and the collected errors.</summary>
internal sealed class ExecutionState
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _gate = new();

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

/// <summary>A field error travelling up to the nearest nullable field (§6.4.4 Handling Field Errors).</summary>
internal sealed class FieldErrorPropagation(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
