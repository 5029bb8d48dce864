namespace SystemGraph.GraphQL.Analysis;

/// <summary>
/// The size of an operation before it runs: <see cref="Depth"/> is the deepest field nesting (introspection
/// excluded: it is bounded by the schema), <see cref="Cost"/> the number of fields it may resolve, counting
/// each field once per item of every list around it.
/// </summary>
public readonly record struct OperationComplexity(int Depth, double Cost);
