namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// The order of a request's steps, declared here and nowhere else (README.md in this folder tells the same story):
/// <code>
/// transport: read HTTP ─▶ RequestContext ─┐                                   ┌─▶ write HTTP
///                                         ▼                                   │
///   ErrorFilter ─▶ [host: BeforeDocument]  persisted operation, access, response cache (a hit answers here, unparsed)
///               ─▶ ParseAndValidate         §2 + §5, cached per document: parsed at most once
///               ─▶ SelectOperation          §6.1 GetOperation, once; a GET may only query
///               ─▶ [host: AfterOperation]   reader scope, an OpenTelemetry activity per operation
///               ─▶ RequestLimits            depth and cost
///               ─▶ CoerceVariables          §6.1.2
///               ─▶ [host: BeforeExecution]  the API: expensive requests per client (ExpensiveRequestLimitStep)
///               ─▶ ExecuteOperation         §6.2; a subscription becomes a stream when the caller takes one (issue 17)
/// </code>
/// Each step may answer (set the result and not call the next) or go on; code after the call runs on the way out.
/// </summary>
public sealed class RequestPipeline
{
    private readonly RequestStepDelegate _first;

    internal RequestPipeline(
        IRequestStep errorFilter,
        IRequestStep parseAndValidate,
        IRequestStep selectOperation,
        IRequestStep requestLimits,
        IRequestStep coerceVariables,
        IRequestStep executeOperation,
        IEnumerable<RequestStepRegistration> hostSteps)
    {
        var host = hostSteps.ToList();
        IEnumerable<IRequestStep> At(RequestStage stage) => host.Where(s => s.Stage == stage).Select(s => s.Step);

        Steps =
        [
            errorFilter,
            .. At(RequestStage.BeforeDocument),
            parseAndValidate,
            selectOperation,
            .. At(RequestStage.AfterOperation),
            requestLimits,
            coerceVariables,
            .. At(RequestStage.BeforeExecution),
            executeOperation,
        ];

        RequestStepDelegate next = static _ => ValueTask.CompletedTask;
        for (var i = Steps.Count - 1; i >= 0; i--)
        {
            var step = Steps[i];
            var rest = next;
            next = context => step.InvokeAsync(context, rest);
        }

        _first = next;
    }

    /// <summary>The steps in the order they run.</summary>
    public IReadOnlyList<IRequestStep> Steps { get; }

    /// <summary>Runs a request through every step; the answer is on the context.</summary>
    public ValueTask RunAsync(RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _first(context);
    }
}
