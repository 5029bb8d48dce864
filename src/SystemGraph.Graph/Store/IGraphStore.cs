using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Reads of the graph. Batch-shaped on purpose: a GraphQL DataLoader asks for N keys in one call, so a
/// query over N entities costs one round trip per level, not N (this matters for Neo4j over HTTP).
/// Every read sees one consistent version of the graph.
/// </summary>
public interface IGraphReader
{
    /// <summary>Entities by id, in the order asked; null where an id is unknown.</summary>
    Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Relationships by id, in the order asked; null where an id is unknown.</summary>
    Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>For each entity id, its relationships that match <paramref name="query"/> (ordered by type, then other end, then id).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(
        IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken);

    /// <summary>A filtered, sorted page of entities with the total count.</summary>
    Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken);

    /// <summary>A filtered, sorted page of relationships with the total count.</summary>
    Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken);

    /// <summary>Ranked, case- and accent-insensitive search of names and aliases.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The entities whose name, an alias or ODS code is one of <paramref name="names"/>, compared as
    /// <see cref="EntityNames"/> says (no ranking, no near misses): how a paper's phrases find the bodies they name.
    /// One call for many names, in no particular order.
    /// </summary>
    Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken);

    /// <summary>Counts by kind, relationships and documents.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>The graph version: changes with every committed write (caches key on it).</summary>
    long Version { get; }
}

/// <summary>Writes: atomic batches (all or nothing), with optional optimistic-concurrency versions.</summary>
public interface IGraphWriter
{
    /// <summary>Applies the batch atomically; a rejected batch changes nothing and says why.</summary>
    Task<WriteResult> WriteAsync(GraphWriteBatch batch, CancellationToken cancellationToken);
}

/// <summary>
/// What-if scenarios: overlays of proposed changes on the baseline. They are opened, changed, promoted and
/// discarded through <see cref="IGraphWriter.WriteAsync"/> (so they persist like any write); these are their reads.
/// </summary>
public interface IScenarioReader
{
    /// <summary>Reads that answer as if the scenario's changes were applied to the current baseline; null for an unknown scenario.</summary>
    Task<IGraphReader?> GetScenarioReaderAsync(string scenarioId, CancellationToken cancellationToken);

    /// <summary>Scenarios by id (null where unknown), or every scenario, newest first, when <paramref name="ids"/> is null.</summary>
    Task<IReadOnlyList<Scenario?>> GetScenariosAsync(IReadOnlyList<string>? ids, CancellationToken cancellationToken);

    /// <summary>The records a scenario changes, compared with the baseline now; null for an unknown scenario.</summary>
    Task<IReadOnlyList<ScenarioDiffEntry>?> GetScenarioDiffAsync(string scenarioId, CancellationToken cancellationToken);
}

/// <summary>The audit log: every committed write, who made it, when, why, on what evidence, and what it changed.</summary>
public interface IAuditLogReader
{
    /// <summary>Entries matching the query, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The histories of many records in one call (a page of entities each asking for its history costs one round
    /// trip): for each id, its entries newest first, at most <paramref name="limit"/>, visible as
    /// <c>GetAuditLogAsync(new AuditQuery(id, ScenarioId: scenarioId))</c> would show them.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> GetHistoriesAsync(
        IReadOnlyList<string> recordIds, string? scenarioId, int limit, CancellationToken cancellationToken);
}

/// <summary>The one storage abstraction: the embedded store by default, Neo4j in production.</summary>
public interface IGraphStore : IGraphReader, IGraphWriter, IScenarioReader, IAuditLogReader
{
    /// <summary>Replaces the whole graph with a bulk load (the seed and reference data), building indexes once.</summary>
    Task LoadAsync(IReadOnlyCollection<Entity> entities, IReadOnlyCollection<Relationship> relationships, CancellationToken cancellationToken);

    /// <summary>Readiness: the store can answer queries.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}

/// <summary>A page of relationships, optionally filtered and sorted.</summary>
public sealed record RelationshipPageQuery
{
    public RelationshipFilter? Filter { get; init; }

    public IReadOnlyList<SortField> Order { get; init; } = [];

    public int Offset { get; init; }

    public int Limit { get; init; } = int.MaxValue;
}

/// <summary>A search result: the entity and its score (higher is better).</summary>
public sealed record SearchHit(Entity Entity, double Score);

/// <summary>Sizes of the graph.</summary>
public sealed record GraphStats(int Entities, int Relationships, IReadOnlyDictionary<EntityKind, int> ByKind, int Documents);
