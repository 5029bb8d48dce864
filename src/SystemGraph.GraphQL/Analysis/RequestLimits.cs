namespace SystemGraph.GraphQL.Analysis;

/// <summary>
/// Limits a request must stay within before it executes (depth, cost) and while it runs (time). Zero means
/// no limit. Refusals are request errors with the codes in <see cref="Error.ErrorCodes"/>.
/// </summary>
public sealed class RequestLimits
{
    public static RequestLimits None { get; } = new();

    /// <summary>Deepest field nesting allowed (introspection not counted).</summary>
    public int MaxDepth { get; init; }

    /// <summary>Largest estimated cost allowed (see <see cref="OperationComplexityAnalyzer"/>).</summary>
    public double MaxCost { get; init; }

    /// <summary>Longest a request may execute; past it, execution is cancelled and the request answers with an error.</summary>
    public TimeSpan ExecutionTimeout { get; init; }

    /// <summary>How unknown list sizes are estimated.</summary>
    public ComplexityOptions Complexity { get; init; } = ComplexityOptions.Default;
}
