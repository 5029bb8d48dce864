using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.SearchRelevance;
using Xunit.Abstractions;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>The shared search relevance suite against a Neo4j server (skipped, with the reason, when NEO4J_URI is not set).</summary>
[Collection(Neo4jTestServer.Collection)]
public sealed class Neo4jSearchRelevanceTests(ITestOutputHelper output) : SearchRelevanceConformanceTests(output)
{
    protected override async Task<IGraphStore> LoadedStoreAsync(SeedGraph graph)
    {
        var store = await Neo4jTestServer.EmptyStoreAsync();
        await store.LoadAsync([.. graph.Entities], [.. graph.Relationships], CancellationToken.None);
        return store;
    }
}
