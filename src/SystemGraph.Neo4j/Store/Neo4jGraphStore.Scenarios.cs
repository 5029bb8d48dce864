using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Scenarios and the audit log on Neo4j: not built yet (see the write issue). Asking for them is refused with
/// STORE_NOT_SUPPORTED, and a scenario batch is refused by <see cref="WriteAsync"/>: never faked, never half done.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    private const string NotYet = "Scenarios and the audit log are not available on the Neo4j store yet; use the embedded store for planning work.";

    public Task<IGraphReader?> GetScenarioReaderAsync(string scenarioId, CancellationToken cancellationToken) =>
        throw new StoreFeatureNotSupportedException(NotYet);

    public Task<IReadOnlyList<Scenario?>> GetScenariosAsync(IReadOnlyList<string>? ids, CancellationToken cancellationToken) =>
        throw new StoreFeatureNotSupportedException(NotYet);

    public Task<IReadOnlyList<ScenarioDiffEntry>?> GetScenarioDiffAsync(string scenarioId, CancellationToken cancellationToken) =>
        throw new StoreFeatureNotSupportedException(NotYet);

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken) =>
        throw new StoreFeatureNotSupportedException(NotYet);
}
