using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Selects the operation to run (§6.1 GetOperation, <see cref="Executor.GetOperation"/>), once for the whole
/// request, and refuses a kind the request may not run (<see cref="GraphQLRequest.AllowedOperations"/>: a GET may
/// only query). Every later step reads <see cref="RequestContext.Operation"/>.
/// </summary>
internal sealed class SelectOperationStep : IRequestStep
{
    public ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        if (Executor.GetOperation(context.Document!, context.Request.OperationName, out var operation) is { } error)
        {
            context.Result = ExecutionResult.FromError(error);
            return ValueTask.CompletedTask;
        }

        if (!context.Request.AllowedOperations.HasFlag(KindOf(operation!.Operation)))
        {
            var kind = Printer.OperationName(operation.Operation);
            context.Result = ExecutionResult.FromError(GraphQLError.WithCode(
                $"This request may not run a {kind} operation{(context.Request.AllowedOperations == OperationKinds.Query ? "; mutations and subscriptions cannot be sent with GET, use POST" : string.Empty)}.",
                ErrorCodes.OperationNotAllowed));
            return ValueTask.CompletedTask;
        }

        context.Operation = operation;
        return next(context);
    }

    private static OperationKinds KindOf(OperationType type) => type switch
    {
        OperationType.Mutation => OperationKinds.Mutation,
        OperationType.Subscription => OperationKinds.Subscription,
        _ => OperationKinds.Query,
    };
}
