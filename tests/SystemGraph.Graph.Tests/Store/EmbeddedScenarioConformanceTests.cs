using SystemGraph.Graph.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The shared writes / audit / scenario conformance suite, run against the embedded store.</summary>
public sealed class EmbeddedScenarioConformanceTests : ScenarioConformanceTests
{
    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new EmbeddedGraphStore());
}
