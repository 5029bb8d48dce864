using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Tests.GraphQL;

/// <summary>A store decorator that counts calls, to prove resolvers batch: N entities cost one call per level, not N.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public long Version => inner.Version;

    public void Reset() => Interlocked.Exchange(ref calls, 0);

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) => Count(() => inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) => Count(() => inner.GetRelationshipsAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken) =>
        Count(() => inner.GetRelationshipsOfAsync(entityIds, query, cancellationToken));

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) => Count(() => inner.QueryEntitiesAsync(query, cancellationToken));

    public Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken) => Count(() => inner.QueryRelationshipsAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken) => Count(() => inner.SearchAsync(text, kinds, limit, cancellationToken));

    public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) => Count(() => inner.FindByNamesAsync(names, cancellationToken));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => Count(() => inner.GetStatsAsync(cancellationToken));

    public Task<IGraphReader?> GetScenarioReaderAsync(string scenarioId, CancellationToken cancellationToken) => Count(() => inner.GetScenarioReaderAsync(scenarioId, cancellationToken));

    public Task<IReadOnlyList<Scenario?>> GetScenariosAsync(IReadOnlyList<string>? ids, CancellationToken cancellationToken) => Count(() => inner.GetScenariosAsync(ids, cancellationToken));

    public Task<IReadOnlyList<ScenarioDiffEntry>?> GetScenarioDiffAsync(string scenarioId, CancellationToken cancellationToken) => Count(() => inner.GetScenarioDiffAsync(scenarioId, cancellationToken));

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken) => Count(() => inner.GetAuditLogAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> GetHistoriesAsync(IReadOnlyList<string> recordIds, string? scenarioId, int limit, CancellationToken cancellationToken) =>
        Count(() => inner.GetHistoriesAsync(recordIds, scenarioId, limit, cancellationToken));

    public Task<WriteResult> WriteAsync(GraphWriteBatch batch, CancellationToken cancellationToken) => Count(() => inner.WriteAsync(batch, cancellationToken));

    public Task LoadAsync(IReadOnlyCollection<Entity> entities, IReadOnlyCollection<Relationship> relationships, CancellationToken cancellationToken) => inner.LoadAsync(entities, relationships, cancellationToken);

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => inner.IsReadyAsync(cancellationToken);

    private Task<T> Count<T>(Func<Task<T>> call)
    {
        Interlocked.Increment(ref calls);
        return call();
    }
}
