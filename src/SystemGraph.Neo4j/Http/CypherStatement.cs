namespace SystemGraph.Neo4j.Http;

/// <summary>
/// One parameterised Cypher statement. <see cref="Text"/> is always a constant written in this assembly;
/// every value that comes from outside goes in <see cref="Parameters"/> (the Query API sends them separately,
/// so no input can change the statement).
/// </summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }
}
