using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>The shared related-field filter and sort suite against a Neo4j server (skipped, with the reason, when NEO4J_URI is not set and no Docker engine answers).</summary>
[Collection(Neo4jTestServer.Collection)]
public sealed class Neo4jRelatedFilterConformanceTests : RelatedFilterConformanceTests
{
    protected override bool FiltersSources => false;

    protected override async Task<IGraphStore> CreateStoreAsync() => await Neo4jTestServer.EmptyStoreAsync();
}
