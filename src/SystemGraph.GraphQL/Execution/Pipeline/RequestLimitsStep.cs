using SystemGraph.GraphQL.Analysis;
using SystemGraph.GraphQL.Error;

namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Depth and estimated cost (<see cref="OperationComplexityAnalyzer"/>), measured on the selected operation with the
/// request's variables before anything runs; the cost is kept for the request log either way.
/// </summary>
internal sealed class RequestLimitsStep(RequestLimits limits) : IRequestStep
{
    public ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        if (limits.MaxDepth <= 0 && limits.MaxCost <= 0)
        {
            return next(context);
        }

        var complexity = OperationComplexityAnalyzer.Analyze(context.Schema, context.Document!, context.Operation!, context.Request.Variables, limits.Complexity);
        context.Cost = complexity.Cost;
        if (limits.MaxDepth > 0 && complexity.Depth > limits.MaxDepth)
        {
            context.Result = ExecutionResult.FromError(GraphQLError.WithCode(
                $"The operation has a depth of {complexity.Depth}, which exceeds the maximum allowed depth of {limits.MaxDepth}.", ErrorCodes.MaxDepthExceeded));
            return ValueTask.CompletedTask;
        }

        if (limits.MaxCost > 0 && complexity.Cost > limits.MaxCost)
        {
            context.Result = ExecutionResult.FromError(GraphQLError.WithCode(
                $"The operation has an estimated cost of {complexity.Cost:0}, which exceeds the maximum allowed cost of {limits.MaxCost:0}. Ask for fewer items (first / last) or fewer nested lists.", ErrorCodes.MaxCostExceeded));
            return ValueTask.CompletedTask;
        }

        return next(context);
    }
}
