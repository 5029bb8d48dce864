using SystemGraph.GraphQL.Error;

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

    /// <summary>A result holding only request errors (no data entry).</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors, HasData = false };

    /// <summary>A result holding one request error (no data entry).</summary>
    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);
}
