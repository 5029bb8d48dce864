using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// The result of a request (§7.1 Response Format): data (absent when a request error stopped execution
/// before it began), errors and extensions. Maps preserve field order.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>The data; null either when absent (see <see cref="HasData"/>) or when execution nulled the root.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>True when the "data" entry is present (execution started).</summary>
    public bool HasData { get; init; }

    /// <summary>The errors, or null when there were none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>Extra entries for the response, e.g. tracing.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// The operation's estimated cost from the request limits' analysis, for logs and metrics; null when no
    /// analysis ran. Never written to the response.
    /// </summary>
    public double? Cost { get; init; }

    /// <summary>
    /// The name of the operation that ran: the request's operationName, else the name the document gives its
    /// only operation; null for an anonymous operation. For logs and metrics; never written to the response.
    /// </summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// The type of the operation that ran (query, mutation, subscription); null when none was selected (the
    /// document did not parse or validate). For traces and metrics; never written to the response.
    /// </summary>
    public OperationType? OperationType { get; init; }

    /// <summary>This result with its estimated cost, operation name and operation type recorded.</summary>
    public ExecutionResult WithMetrics(double? cost, string? operationName, OperationType? operationType = null) =>
        cost is null && operationName is null && operationType is null
            ? this
            : new() { Data = Data, HasData = HasData, Errors = Errors, Extensions = Extensions, Cost = cost, OperationName = operationName, OperationType = operationType };

    /// <summary>A result holding only request errors (no data entry).</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors, HasData = false };

    /// <summary>A result holding one request error (no data entry).</summary>
    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);
}
