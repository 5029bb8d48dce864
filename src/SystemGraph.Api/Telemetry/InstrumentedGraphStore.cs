using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;

namespace SystemGraph.Api.Telemetry;

/// <summary>
/// The graph store with a span and a duration measurement per call (see <see cref="InstrumentedGraphReader"/>);
/// scenario readers it hands out are instrumented too, and it reports the graph version as a gauge.
/// <see cref="Create"/> keeps what the traversals look for: a store that finds paths itself (Neo4j) stays one.
/// </summary>
internal class InstrumentedGraphStore : InstrumentedGraphReader, IGraphStore
{
    private readonly IGraphStore inner;

    protected InstrumentedGraphStore(IGraphStore inner, string storeName, SystemGraphMetrics metrics)
        : base(inner, storeName, metrics)
    {
        this.inner = inner;
        metrics.ObserveGraphVersion(() => inner.Version);
    }

    /// <summary>The instrumented store: one that also implements <see cref="IPathFinder"/> when the store does.</summary>
    public static IGraphStore Create(IGraphStore inner, SystemGraphMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(metrics);
        var name = inner.GetType().Name.Replace("GraphStore", string.Empty, StringComparison.Ordinal);
        return inner is IPathFinder ? new PathFinding(inner, name, metrics) : new InstrumentedGraphStore(inner, name, metrics);
    }

    public Task<WriteResult> WriteAsync(GraphWriteBatch batch, CancellationToken cancellationToken) =>
        TraceAsync("Write", () => inner.WriteAsync(batch, cancellationToken));

    public async Task<IGraphReader?> GetScenarioReaderAsync(string scenarioId, CancellationToken cancellationToken) =>
        await TraceAsync("GetScenarioReader", () => inner.GetScenarioReaderAsync(scenarioId, cancellationToken)).ConfigureAwait(false) is { } reader
            ? new InstrumentedGraphReader(reader, StoreName + "Scenario", Metrics)
            : null;

    public Task<IReadOnlyList<Scenario?>> GetScenariosAsync(IReadOnlyList<string>? ids, CancellationToken cancellationToken) =>
        TraceAsync("GetScenarios", () => inner.GetScenariosAsync(ids, cancellationToken));

    public Task<IReadOnlyList<ScenarioDiffEntry>?> GetScenarioDiffAsync(string scenarioId, CancellationToken cancellationToken) =>
        TraceAsync("GetScenarioDiff", () => inner.GetScenarioDiffAsync(scenarioId, cancellationToken));

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken) =>
        TraceAsync("GetAuditLog", () => inner.GetAuditLogAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> GetHistoriesAsync(IReadOnlyList<string> recordIds, string? scenarioId, int limit, CancellationToken cancellationToken) =>
        TraceAsync("GetHistories", () => inner.GetHistoriesAsync(recordIds, scenarioId, limit, cancellationToken));

    public Task LoadAsync(IReadOnlyCollection<Entity> entities, IReadOnlyCollection<Relationship> relationships, CancellationToken cancellationToken) =>
        TraceAsync("Load", async () =>
        {
            await inner.LoadAsync(entities, relationships, cancellationToken).ConfigureAwait(false);
            return true;
        });

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => inner.IsReadyAsync(cancellationToken);

    /// <summary>A store that finds paths itself (Neo4j's Cypher traversals), instrumented without losing that.</summary>
    private sealed class PathFinding(IGraphStore inner, string storeName, SystemGraphMetrics metrics)
        : InstrumentedGraphStore(inner, storeName, metrics), IPathFinder
    {
        private readonly IPathFinder finder = (IPathFinder)inner;

        public Task<AccountabilityPaths?> FindAccountabilityPathsAsync(string rootId, Direction direction, ChainOptions options, CancellationToken cancellationToken) =>
            TraceAsync("FindAccountabilityPaths", () => finder.FindAccountabilityPathsAsync(rootId, direction, options, cancellationToken));

        public Task<IReadOnlyList<GraphPath>?> FindShortestPathsAsync(
            string fromId, string toId, IReadOnlySet<RelationshipType>? via, int maxDepth, DateOnly? asOf, int maxPaths, EvidenceFilter evidence, CancellationToken cancellationToken) =>
            TraceAsync("FindShortestPaths", () => finder.FindShortestPathsAsync(fromId, toId, via, maxDepth, asOf, maxPaths, evidence, cancellationToken));
    }
}
