using SystemGraph.Graph.Model;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// The store's fixed statement texts. Nothing here is built from input: the only generated parts are labels and
/// relationship types taken from the model's enums (<see cref="Neo4jGraphModel"/>). Values are always <c>$parameters</c>.
/// </summary>
internal static class Neo4jStatements
{
    /// <summary>A relationship as a map with its type and end ids, the shape <see cref="EntityRecordMapper.ToRelationship"/> reads.</summary>
    public const string RelationshipProjection = "{.*, type: type(r), fromId: a.id, toId: b.id}";

    public const string Ping = "RETURN 1 AS ok";

    public const string MetaVersion = "OPTIONAL MATCH (m:GraphMeta {key: $metaKey}) RETURN m.version AS version";

    /// <summary>
    /// First statement of every write transaction: creates the meta node if needed and sets a property on it, which
    /// takes Neo4j's exclusive lock on that node until commit, so writers (from any instance) are serialised.
    /// </summary>
    /// <remarks>
    /// It also returns the audit log's last sequence number and time, which stay put until this transaction
    /// commits: the next entry's number, and the floor of its time (the log reads in time order whichever
    /// instance's clock made an entry).
    /// </remarks>
    public const string LockMeta = """
        MERGE (m:GraphMeta {key: $metaKey})
        ON CREATE SET m.version = 0
        SET m.writes = coalesce(m.writes, 0) + 1
        RETURN m.version AS version, coalesce(m.auditSeq, 0) AS auditSeq, m.auditAt AS auditAt
        """;

    /// <summary>
    /// Last statement of every committed write: sets the new graph version and audit sequence number (both worked
    /// out under the lock of <see cref="LockMeta"/>) and records the batch's audit entry, in the write's transaction.
    /// </summary>
    public const string RecordAudit = """
        MATCH (m:GraphMeta {key: $metaKey})
        SET m.version = $version, m.auditSeq = $seq, m.auditAt = $at
        CREATE (a:AuditEntry)
        SET a = $audit
        RETURN m.version AS version
        """;

    /// <summary>
    /// Audit entries, newest first: those of the baseline, of the scenario asked about, and of promoted scenarios
    /// (their changes are the baseline's history now); with <c>$scenarioOnly</c>, only the named scenario's
    /// (the baseline's when it is null). Times are fixed-width UTC strings, so they compare as text.
    /// </summary>
    public const string AuditLog = """
        MATCH (a:AuditEntry)
        WHERE ($targetId IS NULL OR $targetId IN a.targetIds)
          AND ($since IS NULL OR a.at >= $since)
          AND CASE
                WHEN $scenarioOnly THEN coalesce(a.scenarioId = $scenarioId, a.scenarioId IS NULL AND $scenarioId IS NULL)
                ELSE a.scenarioId IS NULL OR a.scenarioId = $scenarioId
                  OR EXISTS { MATCH (s:Scenario) WHERE s.id = a.scenarioId AND s.status = $promoted }
              END
        RETURN a.json AS json
        ORDER BY a.seq DESC
        LIMIT $limit
        """;

    /// <summary>
    /// The histories of many records at once: per id, its newest <c>$limit</c> entries, visible as in
    /// <see cref="AuditLog"/> (baseline, the scenario asked about, promoted scenarios).
    /// </summary>
    public const string Histories = """
        UNWIND $ids AS targetId
        CALL {
          WITH targetId
          MATCH (a:AuditEntry)
          WHERE targetId IN a.targetIds
            AND (a.scenarioId IS NULL OR a.scenarioId = $scenarioId
              OR EXISTS { MATCH (s:Scenario) WHERE s.id = a.scenarioId AND s.status = $promoted })
          RETURN a.json AS json, a.seq AS seq
          ORDER BY a.seq DESC
          LIMIT $limit
        }
        RETURN targetId, json
        ORDER BY targetId, seq DESC
        """;

    /// <summary>Scenarios by id, with their writes and base versions (what a write to one, or a read in one, needs).</summary>
    public const string ScenariosById = """
        UNWIND $ids AS scenarioId
        MATCH (s:Scenario {id: scenarioId})
        RETURN s {.*} AS scenario
        """;

    /// <summary>Every scenario's description (not its writes).</summary>
    public const string AllScenarios = """
        MATCH (s:Scenario)
        RETURN s {.id, .name, .description, .createdBy, .createdAt, .status, .revision, .changeCount, .closedBy, .closedAt} AS scenario
        """;

    /// <summary>Opens a scenario (<c>$props</c>: its properties). The unique constraint on the id backs the duplicate check made before.</summary>
    public const string CreateScenario = """
        CREATE (s:Scenario)
        SET s = $props
        RETURN s.id AS id
        """;

    /// <summary>Changes a scenario's properties (<c>$props</c>; a null removes one).</summary>
    public const string UpdateScenario = """
        MATCH (s:Scenario {id: $id})
        SET s += $props
        RETURN s.id AS id
        """;

    /// <summary>Increments the graph version in the same transaction as the write it versions.</summary>
    public const string BumpVersion = """
        MERGE (m:GraphMeta {key: $metaKey})
        SET m.version = coalesce(m.version, 0) + 1
        RETURN m.version AS version
        """;

    public const string EntitiesById = """
        UNWIND $ids AS entityId
        MATCH (e:Entity {id: entityId})
        RETURN e {.*} AS entity
        """;

    /// <summary>
    /// Relationships by id. Neo4j indexes relationship properties per type, so this is one index seek per type
    /// (a UNION ALL over the closed list of types) rather than a scan of every relationship.
    /// </summary>
    public static readonly string RelationshipsById = string.Join("\nUNION ALL\n", Neo4jGraphModel.AllRelationshipTypes.Select(t =>
        $"MATCH (a:Entity)-[r:{Neo4jGraphModel.RelationshipTypeName(t)}]->(b:Entity) WHERE r.id IN $ids RETURN r {RelationshipProjection} AS relationship"));

    private const string RelationshipsOfWhere = """
        WHERE ($types IS NULL OR type(r) IN $types)
          AND ($statuses IS NULL OR r.status IN $statuses)
          AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf <= r.validTo)))
        RETURN entityId, r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS relationship
        """;

    /// <summary>The relationships of a batch of entities, for one direction, in one statement.</summary>
    public static string RelationshipsOf(Graph.Store.Direction direction) => direction switch
    {
        Graph.Store.Direction.Outbound => "UNWIND $ids AS entityId\nMATCH (e:Entity {id: entityId})-[r]->(:Entity)\n" + RelationshipsOfWhere,
        Graph.Store.Direction.Inbound => "UNWIND $ids AS entityId\nMATCH (e:Entity {id: entityId})<-[r]-(:Entity)\n" + RelationshipsOfWhere,
        _ => "UNWIND $ids AS entityId\nMATCH (e:Entity {id: entityId})-[r]-(:Entity)\n" + RelationshipsOfWhere,
    };

    /// <summary>Entity search through the full-text index (the query from <see cref="LuceneQuery.ForSearch"/>), best first.</summary>
    public const string Search = $$"""
        CALL db.index.fulltext.queryNodes('{{Neo4jSchema.SearchIndexName}}', $query, {limit: $limit}) YIELD node, score
        RETURN node {.*} AS entity, score
        """;

    /// <summary>
    /// Candidates for many names in one round trip: one full-text query per name (<see cref="LuceneQuery.ForExactWords"/>,
    /// every word required, no prefixes or near misses); the caller keeps the exact names.
    /// </summary>
    public const string FindByNames = $$"""
        UNWIND $queries AS query
        CALL db.index.fulltext.queryNodes('{{Neo4jSchema.SearchIndexName}}', query, {limit: $limit}) YIELD node
        RETURN DISTINCT node {.*} AS entity
        """;

    public const string Stats = """
        OPTIONAL MATCH (m:GraphMeta {key: $metaKey})
        CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
        CALL () { MATCH (e:Entity) WITH e.kind AS kind, count(*) AS n RETURN collect({kind: kind, count: n}) AS kinds }
        RETURN m.version AS version, relationships, kinds
        """;

    /// <summary><c>REMOVE e:Organisation:Board:...</c>: clears a stale kind label before the current one is set.</summary>
    private static readonly string AllKindLabels = string.Concat(Enum.GetValues<EntityKind>().Select(k => ":" + Neo4jGraphModel.KindLabel(k)));

    /// <summary>Creates or replaces entities of one kind (<c>$rows</c>: <c>{id, props}</c>).</summary>
    public static string UpsertEntities(EntityKind kind) => $$"""
        UNWIND $rows AS row
        MERGE (e:Entity {id: row.id})
        REMOVE e{{AllKindLabels}}
        SET e = row.props, e:{{Neo4jGraphModel.KindLabel(kind)}}
        """;

    /// <summary>Creates or replaces relationships of one type (<c>$rows</c>: <c>{id, fromId, toId, props}</c>); a row whose ends are missing is skipped.</summary>
    public static string UpsertRelationships(RelationshipType type) => $$"""
        UNWIND $rows AS row
        MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
        MERGE (a)-[r:{{Neo4jGraphModel.RelationshipTypeName(type)}} {id: row.id}]->(b)
        SET r = row.props
        RETURN count(r) AS written
        """;

    /// <summary>
    /// After a bulk load: up to 5,000 relationships the load did not write go; run until it deletes none. Plain
    /// batches rather than <c>CALL ... IN TRANSACTIONS</c>, which only runs in implicit transactions: these run anywhere.
    /// </summary>
    public const string SweepRelationships = """
        MATCH (:Entity)-[r]->(:Entity) WHERE r.loadId IS NULL OR r.loadId <> $loadId
        WITH r LIMIT 5000
        DELETE r
        RETURN count(*) AS deleted
        """;

    /// <summary>After a bulk load: up to 5,000 entities the load did not write go (with their lines).</summary>
    public const string SweepEntities = """
        MATCH (e:Entity) WHERE e.loadId IS NULL OR e.loadId <> $loadId
        WITH e LIMIT 5000
        DETACH DELETE e
        RETURN count(*) AS deleted
        """;

    /// <summary>Up to 5,000 nodes of the database go (tests: each conformance test starts from an empty graph).</summary>
    public const string DeleteSome = """
        MATCH (n)
        WITH n LIMIT 5000
        DETACH DELETE n
        RETURN count(*) AS deleted
        """;

    public const string HasEntities = "RETURN EXISTS { MATCH (:Entity) } AS hasEntities";
}
