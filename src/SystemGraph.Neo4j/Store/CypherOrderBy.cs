using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// ORDER BY clauses matching the embedded store's sorter: text case-insensitively, nulls last ascending (Cypher
/// puts them first descending, as the embedded sorter does), then id so pages are stable.
/// </summary>
internal static class CypherOrderBy
{
    public static string Entities(IReadOnlyList<SortField> order, string node)
    {
        var fields = order.Count > 0 ? order : [new SortField("name")];
        var keys = fields.Select(f => Key(CypherProperties.Entity(f.Property, node), f));
        return string.Join(", ", keys.Append($"{node}.id"));
    }

    public static string Relationships(IReadOnlyList<SortField> order, string relationship, string from, string to)
    {
        var keys = order.Select(f => Key(CypherProperties.Relationship(f.Property, relationship, from, to), f));
        return string.Join(", ", keys.Append($"{relationship}.id"));
    }

    private static string Key(string expression, SortField field)
    {
        var key = CypherProperties.SortsAsText(field.Property) ? $"toLower({expression})" : expression;
        return field.Descending ? key + " DESC" : key;
    }
}
