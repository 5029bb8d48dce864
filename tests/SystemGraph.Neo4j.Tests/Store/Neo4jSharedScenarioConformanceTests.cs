using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>The shared writes / audit / scenario suite against a Neo4j server (skipped, with the reason, when NEO4J_URI is not set and no Docker engine answers).</summary>
[Collection(Neo4jTestServer.Collection)]
public sealed class Neo4jSharedScenarioConformanceTests : ScenarioConformanceTests
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await Neo4jTestServer.EmptyStoreAsync();
}
