namespace SystemGraph.Neo4j.Http;

/// <summary>Routes a query to readers or writers in a cluster (the Query API's <c>accessMode</c>: <c>Read</c> / <c>Write</c>).</summary>
internal enum AccessMode
{
    Read,
    Write,
}
