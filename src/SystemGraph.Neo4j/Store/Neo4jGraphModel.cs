using SystemGraph.Graph.Model;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// How the graph is laid out in Neo4j, and the only source of label, type and property names that appear in
/// statement text. Cypher cannot take labels or relationship types as parameters, so they come from here:
/// from the model's enums (a closed list), never from input.
/// </summary>
/// <remarks>
/// Entities are nodes labelled <c>:Entity</c> plus their kind (<c>:Organisation</c>, <c>:Board</c> ...), with the
/// properties of <see cref="EntityRecordMapper"/>. Relationships are Neo4j relationships typed with the wire name
/// (<c>ACCOUNTABLE_TO</c> ...). Dates are ISO-8601 strings (<c>yyyy-MM-dd</c>): they compare correctly as strings,
/// round-trip exactly, and come back the same in plain and typed JSON. Sources and attributes are JSON strings
/// (Neo4j properties cannot hold maps). One <c>:GraphMeta {key: 'graph'}</c> node holds the graph version and the
/// audit log's last sequence number and time. Every committed write adds one <c>:AuditEntry</c> node (seq, version,
/// at, author, operation, scenarioId, targetIds, and the whole entry as json); every scenario is a <c>:Scenario</c>
/// node holding its description, status, revision, its writes (JSON) and base versions (JSON). Times there are
/// fixed-width UTC strings (see <see cref="ScenarioRecordMapper"/>).
/// </remarks>
internal static class Neo4jGraphModel
{
    public const string EntityLabel = "Entity";

    public const string MetaLabel = "GraphMeta";

    /// <summary>The key of the single meta node (a parameter value, kept here so every statement uses the same one).</summary>
    public const string MetaKey = "graph";

    /// <summary>The kind label of an entity: the enum member's own name (PascalCase), so it is always a valid, closed identifier.</summary>
    public static string KindLabel(EntityKind kind) => GraphNames.TypeName(kind);

    /// <summary>The relationship type in Neo4j: the wire name (UPPER_SNAKE) of a member of the closed enum.</summary>
    public static string RelationshipTypeName(RelationshipType type) =>
        Enum.IsDefined(type) ? GraphNames.ToWire(type) : throw new ArgumentOutOfRangeException(nameof(type));

    /// <summary>Every relationship type, in enum order.</summary>
    public static IReadOnlyList<RelationshipType> AllRelationshipTypes { get; } = Enum.GetValues<RelationshipType>();
}
