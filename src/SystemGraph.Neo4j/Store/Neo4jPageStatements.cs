using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// The paged queries: filter (translated), order, then the total and one page from the same ordered match, in
/// one statement. A count-only query (limit 0) skips ordering and projection.
/// </summary>
internal static class Neo4jPageStatements
{
    public static CypherStatement Entities(EntityQuery query)
    {
        var parameters = new CypherParameters();
        var where = new CypherFilterTranslator(parameters).Entity(query.Filter, "e");
        parameters.Set("kinds", query.Kinds?.Select(k => GraphNames.ToWire(k)).Order(StringComparer.Ordinal).ToArray());
        var match = $"MATCH (e:{Neo4jGraphModel.EntityLabel})\nWHERE ($kinds IS NULL OR e.kind IN $kinds) AND ({where})\n";
        if (query.Limit == 0)
        {
            return new CypherStatement(match + "RETURN count(e) AS total", parameters.Values);
        }

        SetPage(parameters, query.Offset, query.Limit);
        var text = match
            + $"WITH e ORDER BY {CypherOrderBy.Entities(query.Order, "e", parameters)}\n"
            + "WITH collect(e) AS matched\n"
            + "RETURN size(matched) AS total, [x IN matched[$skip..$end] | x {.*}] AS items";
        return new CypherStatement(text, parameters.Values);
    }

    public static CypherStatement Relationships(RelationshipPageQuery query)
    {
        var parameters = new CypherParameters();
        var where = new CypherFilterTranslator(parameters).Relationship(query.Filter, "r", "a", "b");
        var match = $"MATCH (a:{Neo4jGraphModel.EntityLabel})-[r]->(b:{Neo4jGraphModel.EntityLabel})\nWHERE {where}\n";
        if (query.Limit == 0)
        {
            return new CypherStatement(match + "RETURN count(r) AS total", parameters.Values);
        }

        SetPage(parameters, query.Offset, query.Limit);
        var text = match
            + $"WITH a, r, b ORDER BY {CypherOrderBy.Relationships(query.Order, "r", "a", "b", parameters)}\n"
            + $"WITH collect(r {Neo4jStatements.RelationshipProjection}) AS matched\n"
            + "RETURN size(matched) AS total, matched[$skip..$end] AS items";
        return new CypherStatement(text, parameters.Values);
    }

    private static void SetPage(CypherParameters parameters, int offset, int limit)
    {
        var skip = Math.Max(0, offset);
        parameters.Set("skip", skip);
        parameters.Set("end", (int)Math.Min((long)skip + Math.Max(0, limit), int.MaxValue));
    }
}
