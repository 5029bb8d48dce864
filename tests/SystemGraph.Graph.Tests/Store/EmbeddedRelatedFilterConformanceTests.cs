using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The shared related-field filter and sort suite, run against the embedded store.</summary>
public sealed class EmbeddedRelatedFilterConformanceTests : RelatedFilterConformanceTests
{
    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new EmbeddedGraphStore());
}
