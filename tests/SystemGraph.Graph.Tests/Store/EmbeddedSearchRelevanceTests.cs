using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.SearchRelevance;
using Xunit.Abstractions;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The shared search relevance suite, run against the embedded store.</summary>
public sealed class EmbeddedSearchRelevanceTests(ITestOutputHelper output) : SearchRelevanceConformanceTests(output)
{
    protected override async Task<IGraphStore> LoadedStoreAsync(SeedGraph graph)
    {
        var store = new EmbeddedGraphStore();
        await store.LoadAsync([.. graph.Entities], [.. graph.Relationships], CancellationToken.None);
        return store;
    }
}
