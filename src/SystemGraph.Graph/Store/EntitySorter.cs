using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Sorts by the requested keys, nulls last, then by id so pages are stable. Keys are read once per item
/// (a key behind hops walks the graph), not once per comparison.
/// </summary>
internal sealed class EntitySorter(GraphSnapshot snapshot)
{
    private static readonly SortField[] DefaultEntityOrder = [new("name")];

    private readonly FilterEvaluator related = new(snapshot);

    public IEnumerable<Entity> Sort(IEnumerable<Entity> entities, IReadOnlyList<SortField> order)
    {
        var fields = order.Count > 0 ? order : DefaultEntityOrder;
        return SortByKeys(entities, fields, e => e.Id, (e, field) => Key(e, field.Via, 0, field.Property));
    }

    public IEnumerable<Relationship> Sort(IEnumerable<Relationship> relationships, IReadOnlyList<SortField> order) =>
        SortByKeys(relationships, order, r => r.Id, Key);

    private static List<T> SortByKeys<T>(IEnumerable<T> items, IReadOnlyList<SortField> fields, Func<T, string> id, Func<T, SortField, object?> key)
    {
        var keyed = items.Select(item => (Item: item, Keys: fields.Select(f => key(item, f)).ToArray())).ToList();
        keyed.Sort((x, y) =>
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var c = CompareValues(x.Keys[i], y.Keys[i]);
                if (c != 0)
                {
                    // Nulls stay last whatever the direction, as Hot Chocolate's in-memory sorting does not promise
                    // otherwise and analysts read missing values as "unknown", not "smallest".
                    return x.Keys[i] is null || y.Keys[i] is null ? c : (fields[i].Descending ? -c : c);
                }
            }

            return string.CompareOrdinal(id(x.Item), id(y.Item));
        });
        return keyed.ConvertAll(x => x.Item);
    }

    private object? Key(Relationship relationship, SortField field)
    {
        if (field.Via is not { Count: > 0 } via)
        {
            return EntityProperties.Get(relationship, field.Property);
        }

        var end = via[0] switch
        {
            SortHop.From => snapshot.Entity(relationship.FromId),
            SortHop.To => snapshot.Entity(relationship.ToId),
            _ => throw new ArgumentException("A relationship sort key starts at its from or to end.", nameof(field)),
        };
        return end is null ? null : Key(end, via, 1, field.Property);
    }

    private object? Key(Entity entity, IReadOnlyList<SortHop>? via, int hop, string property)
    {
        var current = entity;
        for (var i = hop; via is not null && i < via.Count; i++)
        {
            if (via[i] is not SortHop.PrincipalEnd principal)
            {
                throw new ArgumentException("Only principal-end hops lead from an entity to another.", nameof(via));
            }

            var ends = related.OtherEnds(current.Id, principal.Scope, principal.Kind);
            if (ends.Count == 0)
            {
                return null;
            }

            current = ends[0];
        }

        return EntityProperties.Get(current, property);
    }

    private static int CompareValues(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        return a is string x && b is string y
            ? string.Compare(x, y, StringComparison.OrdinalIgnoreCase)
            : FilterEvaluator.Order(a, b) ?? 0;
    }
}
