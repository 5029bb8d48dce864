using System.Globalization;
using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// ORDER BY clauses matching the embedded store's sorter: text case-insensitively, missing values last in either
/// direction, then id so pages are stable. A key behind a hop reads the entity the hop leads to: a relationship's
/// start or end node, or an entity's principal other end (<see cref="CypherScope.PrincipalEnd"/>).
/// </summary>
internal static class CypherOrderBy
{
    public static string Entities(IReadOnlyList<SortField> order, string node, CypherParameters parameters)
    {
        var fields = order.Count > 0 ? order : [new SortField("name")];
        var keys = fields.Select((f, i) => Key(EntityKey(f, node, i, parameters), f));
        return string.Join(", ", keys.Append($"{node}.id"));
    }

    public static string Relationships(IReadOnlyList<SortField> order, string relationship, string from, string to, CypherParameters parameters)
    {
        var keys = order.Select((f, i) => Key(RelationshipKey(f, relationship, from, to, i, parameters), f));
        return string.Join(", ", keys.Append($"{relationship}.id"));
    }

    private static string EntityKey(SortField field, string node, int index, CypherParameters parameters) => field.Via switch
    {
        null or { Count: 0 } => CypherProperties.Entity(field.Property, node),
        [SortHop.PrincipalEnd principal] => Through(principal, node, index, field.Property, parameters),
        _ => throw new FilterNotSupportedException("The Neo4j store sorts through one related field at a time (e.g. parent { name }, not parent { parent { name } })."),
    };

    private static string RelationshipKey(SortField field, string relationship, string from, string to, int index, CypherParameters parameters) => field.Via switch
    {
        null or { Count: 0 } => CypherProperties.Relationship(field.Property, relationship, from, to),
        [SortHop.From] => CypherProperties.Entity(field.Property, from),
        [SortHop.To] => CypherProperties.Entity(field.Property, to),
        [SortHop.From, SortHop.PrincipalEnd principal] => Through(principal, from, index, field.Property, parameters),
        [SortHop.To, SortHop.PrincipalEnd principal] => Through(principal, to, index, field.Property, parameters),
        _ => throw new FilterNotSupportedException("The Neo4j store sorts relationships through their from / to end and at most one related field beyond."),
    };

    /// <summary>The property of the principal end, or null when there is none: <c>head(COLLECT {...}).name</c>.</summary>
    private static string Through(SortHop.PrincipalEnd principal, string node, int index, string property, CypherParameters parameters) =>
        CypherProperties.Entity(property, $"head({CypherScope.PrincipalEnd(principal.Scope, principal.Kind, node, "s" + index.ToString(CultureInfo.InvariantCulture), parameters)})");

    /// <summary>Missing values last whatever the direction: a null-rank key first, then the value.</summary>
    private static string Key(string expression, SortField field)
    {
        var value = CypherProperties.SortsAsText(field.Property) ? $"toLower({expression})" : expression;
        return $"CASE WHEN {expression} IS NULL THEN 1 ELSE 0 END, {value}{(field.Descending ? " DESC" : string.Empty)}";
    }
}
