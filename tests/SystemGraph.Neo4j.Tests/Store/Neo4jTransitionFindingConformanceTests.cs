using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>The shared transition-findings suite against a Neo4j server (skipped, with the reason, when NEO4J_URI is not set).</summary>
[Collection(Neo4jTestServer.Collection)]
public sealed class Neo4jTransitionFindingConformanceTests : TransitionFindingConformanceTests
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await Neo4jTestServer.EmptyStoreAsync();
}
