using System.Runtime.CompilerServices;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Execution;

/// <summary>The outcome of <see cref="Executor.SubscribeAsync"/>: a stream of results, or the errors that prevented one.</summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(ExecutionResult? errorResult, IAsyncEnumerable<ExecutionResult>? stream)
    {
        ErrorResult = errorResult;
        Stream = stream;
    }

    /// <summary>The response stream (§6.2.3.2), one result per source event; null when <see cref="ErrorResult"/> is set.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>A request or field error raised before the stream existed; null when <see cref="Stream"/> is set.</summary>
    public ExecutionResult? ErrorResult { get; }

    internal static SubscriptionResult FromStream(IAsyncEnumerable<ExecutionResult> stream) => new(null, stream);

    internal static SubscriptionResult FromError(ExecutionResult result) => new(result, null);
}

public static partial class Executor
{
    /// <summary>
    /// Implements Subscribe (§6.2.3): CreateSourceEventStream from the single root field's
    /// <see cref="Types.FieldDefinition.Subscriber"/>, then MapSourceToResponseEvent: each event executes the
    /// operation's selection set with the event as root value.
    /// https://spec.graphql.org/October2021/#sec-Subscription
    /// </summary>
    public static async Task<SubscriptionResult> SubscribeAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options;
        if (GetOperation(request.Document, request.OperationName, out var operation) is { } operationError)
        {
            return SubscriptionResult.FromError(Filtered(ExecutionResult.FromError(operationError), options));
        }

        if (operation!.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.FromError(Filtered(ExecutionResult.FromError(
                GraphQLError.WithCode("Subscribe requires a subscription operation.", ErrorCodes.OperationResolutionFailure).WithNodes([operation])), options));
        }

        var (variables, variableErrors) = Values.CoerceVariableValues(request.Schema, operation.VariableDefinitions, request.VariableValues, options.MaxCoercionErrors);
        if (variables is null)
        {
            return SubscriptionResult.FromError(Filtered(ExecutionResult.FromErrors(variableErrors), options));
        }

        var subscribed = await SubscribeOperationAsync(request, operation, variables, cancellationToken).ConfigureAwait(false);
        return subscribed.ErrorResult is { } refused ? SubscriptionResult.FromError(Filtered(refused, options)) : subscribed;
    }

    /// <summary>
    /// Subscribe (§6.2.3) to a selected subscription operation with coerced variables (the pipeline's last step).
    /// Events are filtered with the request's options; an error before the stream exists is returned unfiltered.
    /// </summary>
    internal static async Task<SubscriptionResult> SubscribeOperationAsync(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken)
    {
        var (stream, error) = await CreateSourceEventStreamAsync(request, operation, variables, cancellationToken).ConfigureAwait(false);
        return stream is null
            ? SubscriptionResult.FromError(ExecutionResult.FromError(error!))
            : SubscriptionResult.FromStream(MapSourceToResponseEventAsync(request, operation, variables, stream, cancellationToken));
    }

    /// <summary>Implements CreateSourceEventStream (§6.2.3.1).</summary>
    private static async Task<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceEventStreamAsync(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken)
    {
        var schema = request.Schema;
        var rootType = schema.SubscriptionType;
        if (rootType is null)
        {
            return (null, new GraphQLError("Schema is not configured to execute subscription operation.").WithNodes([operation]));
        }

        var state = CreateState(request, operation, variables, request.RootValue, cancellationToken);
        var groupedFields = FieldCollector.CollectFields(schema, rootType, operation.SelectionSet, state.Fragments, variables);
        if (groupedFields.Count == 0)
        {
            return (null, new GraphQLError("A subscription must select one root field.").WithNodes([operation]));
        }

        var (responseKey, fieldNodes) = groupedFields.GetAt(0);
        var fieldName = fieldNodes[0].Name.Value;
        var fieldDef = TypeInfo.GetFieldDef(schema, rootType, fieldName);
        if (fieldDef is null)
        {
            return (null, new GraphQLError($"The subscription field \"{fieldName}\" is not defined.").WithNodes(fieldNodes));
        }

        var path = new ResponsePath(null, responseKey, 0);
        try
        {
            var arguments = Values.CoerceArgumentValues(fieldDef.Arguments, fieldNodes[0].Arguments, variables, fieldNodes[0]);
            var context = new ResolveFieldContext(state, request.RootValue, rootType, fieldDef, fieldNodes, arguments, path);
            object? eventStream = fieldDef.Subscriber is { } subscriber
                ? await subscriber(context).ConfigureAwait(false)
                : await (fieldDef.Resolver ?? DefaultFieldResolver.Resolve)(context).ConfigureAwait(false);
            return eventStream is IAsyncEnumerable<object?> stream
                ? (stream, null)
                : (null, new GraphQLError($"Subscription field must return Async Iterable. Received: {Types.Inspect.Value(eventStream)}.", path: path.ToList()).WithNodes(fieldNodes));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any subscriber exception is reported as the subscription's error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, ToFieldError(request.Options, ex, fieldNodes, path));
        }
    }

    /// <summary>Implements MapSourceToResponseEvent (§6.2.3.2): ExecuteSubscriptionEvent for every source event.</summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEventAsync(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        IAsyncEnumerable<object?> sourceStream,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var payload in sourceStream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return await ExecuteRootAsync(request, operation, variables, payload, cancellationToken).ConfigureAwait(false);
        }
    }
}
