namespace SystemGraph.GraphQL.Analysis;

/// <summary>How <see cref="OperationComplexityAnalyzer"/> sizes lists it cannot see the length of.</summary>
public sealed class ComplexityOptions
{
    public static ComplexityOptions Default { get; } = new();

    /// <summary>Items a connection field returns when the query gives neither <c>first</c> nor <c>last</c> (its default page size).</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Items assumed for a list field of unknown length (no <c>first</c>, <c>last</c> or list argument to size it by).</summary>
    public int AssumedListSize { get; init; } = 20;
}
