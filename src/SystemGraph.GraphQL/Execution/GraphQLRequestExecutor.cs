using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Validation;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// The request pipeline for one schema:
/// <code>
/// request ─▶ parse (limits) ─▶ validate (§5) ─▶ [document cache] ─▶ GetOperation (§6.1)
///         ─▶ CoerceVariableValues (§6.1.2) ─▶ ExecuteQuery / ExecuteMutation (§6.2) ─▶ result
/// </code>
/// Parsed and validated documents are cached by hash (bounded LRU), so repeated queries skip parsing and validation.
/// </summary>
public sealed class GraphQLRequestExecutor
{
    private readonly DocumentCache _cache;

    public GraphQLRequestExecutor(GraphQLSchema schema, GraphQLRequestExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.AssertValid();
        Schema = schema;
        Options = options ?? new GraphQLRequestExecutorOptions();
        _cache = new DocumentCache(Options.DocumentCacheSize);
    }

    public GraphQLSchema Schema { get; }

    public GraphQLRequestExecutorOptions Options { get; }

    /// <summary>The number of documents currently cached.</summary>
    public int CachedDocumentCount => _cache.Count;

    /// <summary>Runs a request through the pipeline. GraphQL errors are returned in the result, never thrown.</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return Filter(ExecutionResult.FromError(GraphQLError.WithCode("Must provide query string.", ErrorCodes.MissingDocument)));
        }

        var cached = _cache.GetOrAdd(request.Query, ParseAndValidate);
        if (cached.Document is null || cached.Errors.Count > 0)
        {
            return Filter(ExecutionResult.FromErrors(cached.Errors));
        }

        var (refused, cost) = CheckLimits(request, cached.Document);
        var operationName = request.OperationName ?? SingleOperationName(cached.Document);
        var operationType = OperationTypeOf(cached.Document, request.OperationName);
        if (refused is not null)
        {
            return Filter(ExecutionResult.FromError(refused)).WithMetrics(cost, operationName, operationType);
        }

        if (Options.Limits.ExecutionTimeout <= TimeSpan.Zero)
        {
            return (await Executor.ExecuteAsync(ToExecutionRequest(request, cached.Document), cancellationToken).ConfigureAwait(false)).WithMetrics(cost, operationName, operationType);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Limits.ExecutionTimeout);
        var result = await Executor.ExecuteAsync(ToExecutionRequest(request, cached.Document), timeout.Token).ConfigureAwait(false);
        if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Filter(ExecutionResult.FromError(GraphQLError.WithCode(
                $"The request took longer than the allowed {Options.Limits.ExecutionTimeout.TotalSeconds:0.###} s and was stopped.", ErrorCodes.ExecutionTimeout))).WithMetrics(cost, operationName, operationType);
        }

        return result.WithMetrics(cost, operationName, operationType);
    }

    /// <summary>The type of the operation the request selects (§6.1 GetOperation), for traces and metrics.</summary>
    private static OperationType? OperationTypeOf(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? selected = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation && (operationName is null || string.Equals(operation.Name?.Value, operationName, StringComparison.Ordinal)))
            {
                if (selected is not null && operationName is null)
                {
                    return null;
                }

                selected ??= operation;
            }
        }

        return selected?.Operation;
    }

    private static string? SingleOperationName(DocumentNode document)
    {
        OperationDefinitionNode? only = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                if (only is not null)
                {
                    return null;
                }

                only = operation;
            }
        }

        return only?.Name?.Value;
    }

    /// <summary>
    /// Depth and cost are measured on the validated document with the request's variables, before anything runs.
    /// The estimated cost is returned either way, for the request log.
    /// </summary>
    private (GraphQLError? Refused, double? Cost) CheckLimits(GraphQLRequest request, DocumentNode document)
    {
        var limits = Options.Limits;
        if (limits.MaxDepth <= 0 && limits.MaxCost <= 0)
        {
            return (null, null);
        }

        var complexity = Analysis.OperationComplexityAnalyzer.Analyze(Schema, document, request.OperationName, request.Variables, limits.Complexity);
        if (limits.MaxDepth > 0 && complexity.Depth > limits.MaxDepth)
        {
            return (GraphQLError.WithCode(
                $"The operation has a depth of {complexity.Depth}, which exceeds the maximum allowed depth of {limits.MaxDepth}.", ErrorCodes.MaxDepthExceeded), complexity.Cost);
        }

        if (limits.MaxCost > 0 && complexity.Cost > limits.MaxCost)
        {
            return (GraphQLError.WithCode(
                $"The operation has an estimated cost of {complexity.Cost:0}, which exceeds the maximum allowed cost of {limits.MaxCost:0}. Ask for fewer items (first / last) or fewer nested lists.", ErrorCodes.MaxCostExceeded), complexity.Cost);
        }

        return (null, complexity.Cost);
    }

    /// <summary>Runs a subscription request through the same parse, validate and cache steps, then <see cref="Executor.SubscribeAsync"/>.</summary>
    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return SubscriptionResult.FromError(Filter(ExecutionResult.FromError(GraphQLError.WithCode("Must provide query string.", ErrorCodes.MissingDocument))));
        }

        var cached = _cache.GetOrAdd(request.Query, ParseAndValidate);
        if (cached.Document is null || cached.Errors.Count > 0)
        {
            return SubscriptionResult.FromError(Filter(ExecutionResult.FromErrors(cached.Errors)));
        }

        return await Executor.SubscribeAsync(ToExecutionRequest(request, cached.Document), cancellationToken).ConfigureAwait(false);
    }

    private ExecutionRequest ToExecutionRequest(GraphQLRequest request, DocumentNode document) => new()
    {
        Schema = Schema,
        Document = document,
        OperationName = request.OperationName,
        VariableValues = request.Variables,
        RootValue = request.RootValue,
        Services = request.Services,
        ContextData = request.ContextData,
        Options = Options.Execution,
    };

    /// <summary>Parse with limits, then validate; the errors are coded GRAPHQL_PARSE_FAILED (or a limit code) and GRAPHQL_VALIDATION_FAILED.</summary>
    private CachedDocument ParseAndValidate(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, Options.Parser);
        }
        catch (GraphQLException ex)
        {
            return new CachedDocument(null, [ex.Error]);
        }

        var errors = DocumentValidator.Validate(Schema, document, Options.Validation)
            .Select(e => e.Code is null ? e.WithExtension("code", ErrorCodes.ValidationFailed) : e)
            .ToList();
        return new CachedDocument(document, errors);
    }

    private ExecutionResult Filter(ExecutionResult result) =>
        Options.Execution.ErrorFilter is { } filter && result.Errors is not null
            ? new ExecutionResult { Data = result.Data, HasData = result.HasData, Errors = result.Errors.Select(filter).ToList(), Extensions = result.Extensions }
            : result;
}
