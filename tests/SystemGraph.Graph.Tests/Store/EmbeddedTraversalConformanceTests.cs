using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The shared traversal suite, run against the embedded store.</summary>
public sealed class EmbeddedTraversalConformanceTests : TraversalConformanceTests
{
    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new EmbeddedGraphStore());
}
