namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>Where a host's step runs in the pipeline (see the diagram on <see cref="RequestPipeline"/>).</summary>
public enum RequestStage
{
    /// <summary>
    /// Before the document is looked at: steps that supply the document (persisted operations), refuse the caller
    /// (access), or answer without it (a response cache keyed by the document's hash). Nothing is parsed yet.
    /// </summary>
    BeforeDocument,

    /// <summary>
    /// After the document is parsed, validated and its operation selected: steps that depend on the operation
    /// (GET must be a query, reader scopes, an OpenTelemetry activity named after the operation).
    /// </summary>
    AfterOperation,

    /// <summary>
    /// After variables are coerced, just before execution: steps that need the final inputs (a cost or concurrency
    /// limit, issue 22).
    /// </summary>
    BeforeExecution,
}
