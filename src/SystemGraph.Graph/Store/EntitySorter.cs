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

    /// <summary>The first <paramref name="take"/> entities in order (all of them when take is int.MaxValue).</summary>
    public List<Entity> Sort(IReadOnlyList<Entity> entities, IReadOnlyList<SortField> order, int take = int.MaxValue)
    {
        var fields = order.Count > 0 ? order : DefaultEntityOrder;
        return SortByKeys(entities, fields, e => e.Id, (e, field) => Key(e, field.Via, 0, field.Property), take);
    }

    /// <summary>The first <paramref name="take"/> relationships in order.</summary>
    public List<Relationship> Sort(IReadOnlyList<Relationship> relationships, IReadOnlyList<SortField> order, int take = int.MaxValue) =>
        SortByKeys(relationships, order, r => r.Id, Key, take);

    private static List<T> SortByKeys<T>(IReadOnlyList<T> items, IReadOnlyList<SortField> fields, Func<T, string> id, Func<T, SortField, object?> key, int take)
    {
        var keyed = new List<(T Item, object?[] Keys)>(items.Count);
        foreach (var item in items)
        {
            var keys = new object?[fields.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = key(item, fields[i]);
            }

            keyed.Add((item, keys));
        }

        var comparison = Comparison(fields, id);
        if (take < keyed.Count / 4)
        {
            return Top(keyed, comparison, take);
        }

        keyed.Sort(comparison);
        return keyed.Take(take).Select(x => x.Item).ToList();
    }

    /// <summary>
    /// A page from the front of a long list: a bounded max-heap keeps the best <paramref name="take"/> in
    /// O(n log take) instead of sorting all n (a connection's first page of thousands of organisations).
    /// </summary>
    private static List<T> Top<T>(List<(T Item, object?[] Keys)> keyed, Comparison<(T Item, object?[] Keys)> comparison, int take)
    {
        if (take <= 0)
        {
            return [];
        }

        var worstFirst = Comparer<(T Item, object?[] Keys)>.Create((x, y) => comparison(y, x));
        var heap = new PriorityQueue<(T Item, object?[] Keys), (T Item, object?[] Keys)>(take + 1, worstFirst);
        foreach (var entry in keyed)
        {
            if (heap.Count < take)
            {
                heap.Enqueue(entry, entry);
            }
            else if (comparison(entry, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(entry, entry);
            }
        }

        var best = new List<(T Item, object?[] Keys)>(heap.Count);
        while (heap.Count > 0)
        {
            best.Add(heap.Dequeue());
        }

        best.Reverse();
        return best.ConvertAll(x => x.Item);
    }

    private static Comparison<(T Item, object?[] Keys)> Comparison<T>(IReadOnlyList<SortField> fields, Func<T, string> id) =>
        (x, y) =>
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
        };

    private object? Key(Relationship relationship, SortField field)
    {
        if (field.Via is not { Count: > 0 } via)
        {
            return GraphProperties.Get(relationship, field.Property);
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

        return GraphProperties.Get(current, property);
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
