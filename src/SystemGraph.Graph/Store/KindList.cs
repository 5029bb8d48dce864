using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The entities of one kind: an immutable array of the entity objects themselves, in id order. A query over a
/// kind reads it straight through (no id lookup per entity, no tree walk); a batch of writes copies it once
/// (<see cref="Apply"/>: O(entities of the kind + changes × log)), which a planner's writes can afford and every
/// read benefits from.
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

    /// <summary>
    /// The list with every change applied in one copy: an entity puts itself in (added, or in place of the one with
    /// its id); a null removes the entity with that id. Block copies between the changed positions, found by binary search.
    /// </summary>
    public KindList Apply(IReadOnlyDictionary<string, Entity?> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return this;
        }

        var ordered = changes.OrderBy(c => c.Key, StringComparer.Ordinal).ToArray();
        var found = new int[ordered.Length];
        var length = entities.Length;
        for (var i = 0; i < ordered.Length; i++)
        {
            found[i] = Array.BinarySearch(entities, Probe(ordered[i].Key), ById);
            length += (found[i] >= 0, ordered[i].Value is not null) switch
            {
                (true, false) => -1,
                (false, true) => 1,
                _ => 0,
            };
        }

        var result = new Entity[length];
        int source = 0, target = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var at = found[i] >= 0 ? found[i] : ~found[i];
            Array.Copy(entities, source, result, target, at - source);
            target += at - source;
            source = found[i] >= 0 ? at + 1 : at;
            if (ordered[i].Value is { } entity)
            {
                result[target++] = entity;
            }
        }

        Array.Copy(entities, source, result, target, entities.Length - source);
        return new KindList(result);
    }

    private static Entity Probe(string id) => new() { Id = id, Kind = default, Name = string.Empty };
}
