namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// The outermost step: on the way out, every error of the result, whichever step raised it, passes through the host's
/// <see cref="ExecutionOptions.ErrorFilter"/> (mask, log, add a correlation id). The one place errors are filtered.
/// </summary>
internal sealed class ErrorFilterStep(Func<Error.GraphQLError, Error.GraphQLError>? filter) : IRequestStep
{
    public async ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        await next(context).ConfigureAwait(false);
        if (filter is null)
        {
            return;
        }

        if (context.Result is { Errors: { } errors } result)
        {
            context.Result = new ExecutionResult { Data = result.Data, HasData = result.HasData, Errors = errors.Select(filter).ToList(), Extensions = result.Extensions };
        }

        if (context.Subscription?.ErrorResult is { Errors: { } streamErrors } refused)
        {
            context.Subscription = SubscriptionResult.FromError(new ExecutionResult { Data = refused.Data, HasData = refused.HasData, Errors = streamErrors.Select(filter).ToList() });
        }
    }
}
