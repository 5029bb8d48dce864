using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>Sorts by the requested properties, nulls last, then by id so pages are stable.</summary>
internal static class EntitySorter
{
    public static IEnumerable<Entity> Sort(IEnumerable<Entity> entities, IReadOnlyList<SortField> order)
    {
        var fields = order.Count > 0 ? order : [new SortField("name")];
        return entities.Order(Comparer<Entity>.Create((x, y) =>
        {
            foreach (var field in fields)
            {
                var c = CompareValues(EntityProperties.Get(x, field.Property), EntityProperties.Get(y, field.Property));
                if (c != 0)
                {
                    return field.Descending ? -c : c;
                }
            }

            return string.CompareOrdinal(x.Id, y.Id);
        }));
    }

    public static IEnumerable<Relationship> Sort(IEnumerable<Relationship> relationships, IReadOnlyList<SortField> order) =>
        relationships.Order(Comparer<Relationship>.Create((x, y) =>
        {
            foreach (var field in order)
            {
                var c = CompareValues(EntityProperties.Get(x, field.Property), EntityProperties.Get(y, field.Property));
                if (c != 0)
                {
                    return field.Descending ? -c : c;
                }
            }

            return string.CompareOrdinal(x.Id, y.Id);
        }));

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
