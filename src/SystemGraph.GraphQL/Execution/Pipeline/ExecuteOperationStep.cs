using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// The end of the pipeline: ExecuteQuery / ExecuteMutation (§6.2.1, §6.2.2) of the selected operation with the
/// coerced variables, within the execution time limit. A subscription (§6.2.3) becomes a response stream when the
/// caller accepts one (<see cref="RequestContext.AcceptsStream"/>: the seam for a graphql-sse or
/// graphql-transport-ws transport), and a SUBSCRIPTIONS_NOT_SUPPORTED error otherwise.
/// </summary>
/// <param name="options">Options for a result (its errors are filtered by the outermost step).</param>
/// <param name="streamOptions">Options for a stream's events, which the executor filters itself (they arrive after the pipeline returned).</param>
/// <param name="timeout">The execution time limit; zero for none.</param>
internal sealed class ExecuteOperationStep(ExecutionOptions options, ExecutionOptions streamOptions, TimeSpan timeout) : IRequestStep
{
    public async ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        var operation = context.Operation!;
        var request = new ExecutionRequest
        {
            Schema = context.Schema,
            Document = context.Document!,
            OperationName = context.Request.OperationName,
            VariableValues = context.Request.Variables,
            RootValue = context.Request.RootValue,
            Services = context.Request.Services,
            ContextData = context.Request.ContextData,
            Features = context.Features,
            Options = options,
        };

        if (context.AcceptsStream && (operation.Operation == OperationType.Subscription || !context.AcceptsResult))
        {
            request = request.With(streamOptions);
            context.Subscription = operation.Operation == OperationType.Subscription
                ? await Executor.SubscribeOperationAsync(request, operation, context.Variables!, context.CancellationToken).ConfigureAwait(false)
                : SubscriptionResult.FromError(ExecutionResult.FromError(
                    GraphQLError.WithCode("Subscribe requires a subscription operation.", ErrorCodes.OperationResolutionFailure).WithNodes([operation])));
            return;
        }

        if (timeout <= TimeSpan.Zero)
        {
            context.Result = await Executor.ExecuteOperationAsync(request, operation, context.Variables!, context.CancellationToken).ConfigureAwait(false);
            return;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        limit.CancelAfter(timeout);
        var result = await Executor.ExecuteOperationAsync(request, operation, context.Variables!, limit.Token).ConfigureAwait(false);
        context.Result = limit.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested
            ? ExecutionResult.FromError(GraphQLError.WithCode(
                $"The request took longer than the allowed {timeout.TotalSeconds:0.###} s and was stopped.", ErrorCodes.ExecutionTimeout))
            : result;
    }
}
