using SystemGraph.GraphQL.Execution.Pipeline;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// Runs requests for one schema through its <see cref="RequestPipeline"/> (the engine's steps with the host's in
/// their stages; the order and a diagram are on <see cref="RequestPipeline"/>). Parsed and validated documents are
/// cached (bounded LRU), so a repeated document is parsed once.
/// </summary>
public sealed class GraphQLRequestExecutor
{
    private readonly ParseAndValidateStep _parseAndValidate;

    public GraphQLRequestExecutor(GraphQLSchema schema, GraphQLRequestExecutorOptions? options = null, IEnumerable<RequestStepRegistration>? steps = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.AssertValid();
        Schema = schema;
        Options = options ?? new GraphQLRequestExecutorOptions();
        _parseAndValidate = new ParseAndValidateStep(Options.Parser, Options.Validation, Options.DocumentCacheSize);

        // Errors are filtered once, by the outermost step; the executor itself filters only the events of a stream,
        // which arrive after the pipeline has returned.
        var unfiltered = new ExecutionOptions { ExposeExceptionMessages = Options.Execution.ExposeExceptionMessages, MaxCoercionErrors = Options.Execution.MaxCoercionErrors };
        var streamOptions = Options.Execution;
        Pipeline = new RequestPipeline(
            new ErrorFilterStep(Options.Execution.ErrorFilter),
            _parseAndValidate,
            new SelectOperationStep(),
            new RequestLimitsStep(Options.Limits),
            new CoerceVariablesStep(Options.Execution.MaxCoercionErrors),
            new ExecuteOperationStep(unfiltered, streamOptions, Options.Limits.ExecutionTimeout),
            steps ?? []);
    }

    public GraphQLSchema Schema { get; }

    public GraphQLRequestExecutorOptions Options { get; }

    /// <summary>The steps a request runs through, in order.</summary>
    public RequestPipeline Pipeline { get; }

    /// <summary>The number of documents currently cached.</summary>
    public int CachedDocumentCount => _parseAndValidate.CachedDocumentCount;

    /// <summary>How many document texts have been parsed since start: one per new document, none for a repeated one.</summary>
    public long ParsedDocumentCount => _parseAndValidate.ParsedDocumentCount;

    /// <summary>A context for a request, for a transport that sets features before running it.</summary>
    public RequestContext CreateContext(GraphQLRequest request, CancellationToken cancellationToken = default) => new(Schema, request, cancellationToken);

    /// <summary>Runs a request through the pipeline. GraphQL errors are returned in the result, never thrown.</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = CreateContext(request, cancellationToken);
        await ExecuteAsync(context).ConfigureAwait(false);
        return context.Result!;
    }

    /// <summary>
    /// Runs a prepared context through the pipeline. On return the context holds the answer: <see cref="RequestContext.Result"/>
    /// (with the operation's name and estimated cost recorded for logs), and <see cref="RequestContext.EncodedResult"/>
    /// when a step answered with bytes already encoded.
    /// </summary>
    public async ValueTask ExecuteAsync(RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await Pipeline.RunAsync(context).ConfigureAwait(false);
        if (context.Result is { } result)
        {
            context.Result = result.WithMetrics(context.Cost, context.OperationName, context.Operation?.Operation);
        }
        else if (context.EncodedResult is null && !context.AcceptsStream)
        {
            throw new InvalidOperationException("The request pipeline ended without a result: a step returned without answering or calling the next step.");
        }
    }

    /// <summary>Runs a subscription request through the same pipeline; the last step returns a stream instead of a result.</summary>
    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new RequestContext(Schema, request, cancellationToken) { AcceptsStream = true };
        await Pipeline.RunAsync(context).ConfigureAwait(false);
        return context.Subscription ?? SubscriptionResult.FromError(context.Result!);
    }
}
