namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>The rest of the pipeline after a step.</summary>
public delegate ValueTask RequestStepDelegate(RequestContext context);

/// <summary>
/// One step of the request pipeline (see <see cref="RequestPipeline"/> for the order). A step reads and writes the
/// <see cref="RequestContext"/>, then either calls <c>next</c> to go on or answers by setting
/// <see cref="RequestContext.Result"/> (or <see cref="RequestContext.EncodedResult"/>) and returning. Code after
/// <c>await next(context)</c> runs on the way back out, with the result in hand (a cache stores it there; a scope
/// disposes there; an OpenTelemetry activity ends there).
/// </summary>
public interface IRequestStep
{
    ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next);
}
