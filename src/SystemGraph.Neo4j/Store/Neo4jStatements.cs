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
    public const string LockMeta = """
        MERGE (m:GraphMeta {key: $metaKey})
        ON CREATE SET m.version = 0
        SET m.writes = coalesce(m.writes, 0) + 1
        RETURN m.version AS version
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

    /// <summary>Full-text candidates for a search; the store ranks them with the embedded store's scoring.</summary>
    public const string Search = """
        CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
        WHERE $kinds IS NULL OR node.kind IN $kinds
        RETURN node {.*} AS entity
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
