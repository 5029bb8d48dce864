using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The shared transition-findings suite, run against the embedded store.</summary>
public sealed class EmbeddedTransitionFindingConformanceTests : TransitionFindingConformanceTests
{
    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new EmbeddedGraphStore());
}
