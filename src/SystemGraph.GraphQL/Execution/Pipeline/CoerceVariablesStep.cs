namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>Coerces the request's variable values against the selected operation's definitions (§6.1.2 CoerceVariableValues).</summary>
internal sealed class CoerceVariablesStep(int maxErrors) : IRequestStep
{
    public ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        var (variables, errors) = Values.CoerceVariableValues(context.Schema, context.Operation!.VariableDefinitions, context.Request.Variables, maxErrors);
        if (variables is null)
        {
            context.Result = ExecutionResult.FromErrors(errors);
            return ValueTask.CompletedTask;
        }

        context.Variables = variables;
        return next(context);
    }
}
