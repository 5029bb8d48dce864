namespace SystemGraph.GraphQL.Execution;

/// <summary>A GraphQL request as a transport delivers it (GraphQL-over-HTTP: query, operationName, variables, extensions).</summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text.</summary>
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as read from JSON (see <c>JsonValueReader</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }

    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The kinds of operation this request may run (a transport narrows it: GET may only query).</summary>
    public Pipeline.OperationKinds AllowedOperations { get; init; } = Pipeline.OperationKinds.All;
}

/// <summary>Options of the request pipeline.</summary>
public sealed class GraphQLRequestExecutorOptions
{
    /// <summary>Parser limits (document size, tokens, depth).</summary>
    public Language.ParserOptions Parser { get; init; } = Language.ParserOptions.Default;

    /// <summary>Validation options (§5), e.g. the error cap.</summary>
    public Validation.ValidationOptions? Validation { get; init; }

    /// <summary>Error masking and filtering.</summary>
    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;

    /// <summary>How many parsed and validated documents to keep (least recently used evicted); 0 disables the cache.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Depth, cost and time limits checked for every request (none by default).</summary>
    public Analysis.RequestLimits Limits { get; init; } = Analysis.RequestLimits.None;
}
