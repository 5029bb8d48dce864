namespace SystemGraph.Neo4j;

/// <summary>The names a host subscribes to for the Neo4j store's traces (one client span per Query API request).</summary>
public static class Neo4jTelemetry
{
    public const string ActivitySourceName = "SystemGraph.Neo4j";
}
