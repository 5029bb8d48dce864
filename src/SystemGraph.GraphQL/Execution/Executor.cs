using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// Executes a validated document (§6 Execution): GetOperation, CoerceVariableValues, then
/// ExecuteQuery/ExecuteMutation over the root type. Query fields run concurrently; mutation root fields
/// serially. Field errors are collected with paths and locations and nulls propagate to the nearest
/// nullable field.
/// https://spec.graphql.org/October2021/#sec-Execution
/// </summary>
public static partial class Executor
{
    /// <summary>Executes a request. Never throws for GraphQL errors: they are returned in the result.</summary>
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options;
        if (GetOperation(request.Document, request.OperationName, out var operation) is { } operationError)
        {
            return Filtered(ExecutionResult.FromError(operationError), options);
        }

        var (variables, variableErrors) = Values.CoerceVariableValues(request.Schema, operation!.VariableDefinitions, request.VariableValues, options.MaxCoercionErrors);
        if (variables is null)
        {
            return Filtered(ExecutionResult.FromErrors(variableErrors), options);
        }

        return await ExecuteOperationAsync(request, operation, variables, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Implements GetOperation(document, operationName) (§6.1); returns an error when it fails. The one place an
    /// operation is selected: the pipeline's select-operation step and the cost analysis call it.
    /// </summary>
    public static GraphQLError? GetOperation(DocumentNode document, string? operationName, out OperationDefinitionNode? operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        operation = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }

            count++;
            if (string.IsNullOrEmpty(operationName))
            {
                operation ??= candidate;
            }
            else if (operation is null && candidate.Name?.Value == operationName)
            {
                operation = candidate;
            }
        }

        if (string.IsNullOrEmpty(operationName))
        {
            if (count == 1)
            {
                return null;
            }

            operation = null;
            return GraphQLError.WithCode(
                count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.",
                ErrorCodes.OperationResolutionFailure);
        }

        return operation is null ? GraphQLError.WithCode($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationResolutionFailure) : null;
    }

    /// <summary>Executes a selected operation with coerced variables (the pipeline's last step; request errors are its caller's).</summary>
    internal static async Task<ExecutionResult> ExecuteOperationAsync(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken)
    {
        if (operation.Operation == OperationType.Subscription && request.Schema.SubscriptionType is not null)
        {
            return Filtered(ExecutionResult.FromError(GraphQLError.WithCode(
                "Subscription operations must be run with Executor.SubscribeAsync.", ErrorCodes.SubscriptionsNotSupported).WithNodes([operation])), request.Options);
        }

        return await ExecuteRootAsync(request, operation, variables, request.RootValue, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Implements ExecuteQuery / ExecuteMutation (§6.2.1, §6.2.2), and ExecuteSubscriptionEvent (§6.2.3.2) when
    /// <paramref name="rootValue"/> is an event: the root selection set over the root type, with field errors collected.
    /// </summary>
    private static async Task<ExecutionResult> ExecuteRootAsync(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        CancellationToken cancellationToken)
    {
        var schema = request.Schema;
        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            // Execution has begun (the operation was selected and its variables coerced), so the response has a
            // "data" entry, null, beside the error: what graphql-js, the reference implementation, answers too.
            var kind = Printer.OperationName(operation.Operation);
            var error = new GraphQLError($"Schema is not configured to execute {kind} operation.").WithNodes([operation]);
            return Filtered(new ExecutionResult { HasData = true, Data = null, Errors = [error] }, request.Options);
        }

        var state = CreateState(request, operation, variables, rootValue, cancellationToken);
        IReadOnlyDictionary<string, object?>? data;
        try
        {
            Task<IReadOnlyDictionary<string, object?>>? root = null;
            state.DataLoaders.Scheduler.RunBurst(() =>
            {
                var groupedFields = FieldCollector.CollectFields(schema, rootType, operation.SelectionSet, state.Fragments, variables);
                root = operation.Operation == OperationType.Mutation
                    ? ExecuteFieldsSeriallyAsync(state, rootType, rootValue, groupedFields, null).AsTask()
                    : ExecuteFieldsAsync(state, rootType, rootValue, groupedFields, null).AsTask();
            });

            // WaitAsync ends the request promptly on cancellation even if a resolver ignores the token.
            data = await root!.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            state.AddError(GraphQLError.WithCode("The request was cancelled.", ErrorCodes.Cancelled));
            data = null;
        }
        catch (FieldErrorPropagation propagation)
        {
            state.AddError(propagation.Error, propagation.Origin);
            data = null;
        }
        catch (GraphQLException ex)
        {
            state.AddError(ex.Error);
            data = null;
        }

        var errors = state.Errors;
        return Filtered(new ExecutionResult { Data = data, HasData = true, Errors = errors.Count > 0 ? errors : null, Extensions = state.ResponseExtensions }, request.Options);
    }

    private static ExecutionState CreateState(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        CancellationToken cancellationToken)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in request.Document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments.TryAdd(fragment.Name.Value, fragment);
        }

        return new ExecutionState
        {
            Schema = request.Schema,
            Operation = operation,
            Fragments = fragments,
            Variables = variables,
            RootValue = rootValue,
            Services = request.Services,
            ContextData = request.ContextData ?? new Dictionary<string, object?>(),
            Features = request.Features ?? new Pipeline.RequestFeatures(),
            DataLoaders = new DataLoaderRegistry(cancellationToken),
            Options = request.Options,
            CancellationToken = cancellationToken,
        };
    }

    private static ExecutionResult Filtered(ExecutionResult result, ExecutionOptions options)
    {
        if (options.ErrorFilter is null || result.Errors is null)
        {
            return result;
        }

        return new ExecutionResult
        {
            Data = result.Data,
            HasData = result.HasData,
            Errors = result.Errors.Select(options.ErrorFilter).ToList(),
            Extensions = result.Extensions,
        };
    }
}
