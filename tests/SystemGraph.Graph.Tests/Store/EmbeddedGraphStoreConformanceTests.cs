using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The shared store conformance suite, run against the embedded store.</summary>
public sealed class EmbeddedGraphStoreConformanceTests : GraphStoreConformanceTests
{
    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new EmbeddedGraphStore());
}
