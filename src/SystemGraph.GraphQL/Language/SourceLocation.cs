namespace SystemGraph.GraphQL.Language;

/// <summary>A 1-based line and column in a source document (columns count UTF-16 code units, as graphql-js does).</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
