using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The entities of one kind: an immutable array of the entity objects themselves, in id order. A query over a
/// kind reads it straight through (no id lookup per entity, no tree walk); a write copies it, O(entities of the
/// kind), which a planner's occasional write can afford and every read benefits from.
/// </summary>
internal sealed class KindList
{
    public static readonly KindList Empty = new([]);

    private static readonly IComparer<Entity> ById = Comparer<Entity>.Create((x, y) => string.CompareOrdinal(x.Id, y.Id));

    private readonly Entity[] entities;

    private KindList(Entity[] sorted) => entities = sorted;

    public int Count => entities.Length;

    public IReadOnlyList<Entity> Items => entities;

    public static KindList FromUnsorted(List<Entity> unsorted)
    {
        var array = unsorted.ToArray();
        Array.Sort(array, ById);
        return new KindList(array);
    }

    /// <summary>The list with <paramref name="entity"/> added, or in place of the entity with its id.</summary>
    public KindList Put(Entity entity)
    {
        var at = Array.BinarySearch(entities, entity, ById);
        if (at >= 0)
        {
            var replaced = (Entity[])entities.Clone();
            replaced[at] = entity;
            return new KindList(replaced);
        }

        at = ~at;
        var result = new Entity[entities.Length + 1];
        Array.Copy(entities, 0, result, 0, at);
        result[at] = entity;
        Array.Copy(entities, at, result, at + 1, entities.Length - at);
        return new KindList(result);
    }

    /// <summary>The list without the entity with this id.</summary>
    public KindList Remove(Entity entity)
    {
        var at = Array.BinarySearch(entities, entity, ById);
        if (at < 0)
        {
            return this;
        }

        var result = new Entity[entities.Length - 1];
        Array.Copy(entities, 0, result, 0, at);
        Array.Copy(entities, at + 1, result, at, entities.Length - at - 1);
        return new KindList(result);
    }
}
