using System.Globalization;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// The Cypher for an entity's lines within a <see cref="RelationshipQuery"/> (direction, types, date, statuses),
/// and for the principal other end of those lines (<see cref="RelatedEnds"/>: never through ended lines,
/// established before proposed, then the store's line order). Types come from the closed enum; the date and the
/// statuses are parameters.
/// </summary>
internal static class CypherScope
{
    /// <summary>The relationship types' positions in the store's line order (the enum order), as a constant CASE.</summary>
    private static readonly string TypeRankCases =
        string.Concat(Neo4jGraphModel.AllRelationshipTypes.Select((t, i) => $"WHEN '{Neo4jGraphModel.RelationshipTypeName(t)}' THEN {i.ToString(CultureInfo.InvariantCulture)} "));

    private static string TypeRank(string relationship) => $"CASE type({relationship}) {TypeRankCases}ELSE 1000 END";

    /// <summary><c>(node)-[r:T1|T2]-&gt;(other:Entity[:Kind])</c> in the scope's direction.</summary>
    public static string Pattern(RelationshipQuery scope, string node, string relationship, string other, EntityKind? kind)
    {
        var types = scope.Types is { Count: > 0 } set
            ? ":" + string.Join('|', Neo4jGraphModel.AllRelationshipTypes.Where(set.Contains).Select(Neo4jGraphModel.RelationshipTypeName))
            : string.Empty;
        var end = $"({other}:{Neo4jGraphModel.EntityLabel}{(kind is { } k ? ":" + Neo4jGraphModel.KindLabel(k) : string.Empty)})";
        return scope.Direction switch
        {
            Direction.Outbound => $"({node})-[{relationship}{types}]->{end}",
            Direction.Inbound => $"({node})<-[{relationship}{types}]-{end}",
            _ => $"({node})-[{relationship}{types}]-{end}",
        };
    }

    /// <summary>The scope's date and status conditions on the relationship (<c>true</c> when it has none).</summary>
    public static string Conditions(RelationshipQuery scope, string relationship, CypherParameters parameters)
    {
        var parts = new List<string>();
        if (scope.AsOf is { } date)
        {
            var on = parameters.Add(EntityRecordMapper.IsoDate(date));
            parts.Add($"({relationship}.validFrom IS NULL OR {relationship}.validFrom <= {on}) AND ({relationship}.validTo IS NULL OR {on} <= {relationship}.validTo)");
        }

        if (scope.Statuses is { Count: > 0 } statuses)
        {
            parts.Add($"{relationship}.status IN {parameters.Add(statuses.Select(s => GraphNames.ToWire(s)).Order(StringComparer.Ordinal).ToArray())}");
        }

        return parts.Count == 0 ? "true" : string.Join(" AND ", parts);
    }

    /// <summary>
    /// A COLLECT subquery (Neo4j 5.6+) yielding at most the principal other end of the scope's lines: a list of
    /// zero or one node.
    /// </summary>
    public static string PrincipalEnd(RelationshipQuery scope, EntityKind? kind, string node, string suffix, CypherParameters parameters)
    {
        var r = "pr" + suffix;
        var o = "po" + suffix;
        return $"COLLECT {{ MATCH {Pattern(scope, node, r, o, kind)} WHERE {r}.status <> 'ENDED' AND {Conditions(scope, r, parameters)} "
            + $"RETURN {o} ORDER BY CASE WHEN {r}.status IN ['AGREED', 'IN_FORCE'] THEN 0 ELSE 1 END, {TypeRank(r)}, "
            + $"startNode({r}).id, endNode({r}).id, {r}.id LIMIT 1 }}";
    }
}
