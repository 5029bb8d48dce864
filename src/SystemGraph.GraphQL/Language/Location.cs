namespace SystemGraph.GraphQL.Language;

/// <summary>
/// Where an AST node sits in its source: <see cref="Start"/> and <see cref="End"/> are character offsets
/// (end exclusive); <see cref="Line"/> and <see cref="Column"/> are those of the start, 1-based.
/// </summary>
public sealed record Location(int Start, int End, int Line, int Column)
{
    /// <summary>The start as a <see cref="SourceLocation"/>.</summary>
    public SourceLocation StartLocation => new(Line, Column);
}
