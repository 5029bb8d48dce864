using System.Collections.Immutable;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The entities of one kind, in id order: a query over a kind reads them straight through (no id lookup per entity).
/// A kind can hold hundreds of thousands of entities, so a write must not copy them: like
/// <see cref="LayeredMap{TKey, TValue}"/>, a sorted base array built once plus a small persistent overlay of the
/// entities put (or, as null, removed) since, merged in id order when read and folded into a new base when it grows
/// past a quarter of it (amortised O(log n) per write).
/// </summary>
internal sealed class KindList
{
    private const int MinimumOverlayBeforeFolding = 64;

    private static readonly IComparer<Entity> ById = Comparer<Entity>.Create((x, y) => string.CompareOrdinal(x.Id, y.Id));

    private static readonly ImmutableSortedDictionary<string, Entity?> NoChanges = ImmutableSortedDictionary.Create<string, Entity?>(StringComparer.Ordinal);

    public static readonly KindList Empty = new([], NoChanges, 0);

    private readonly Entity[] entities;
    private readonly ImmutableSortedDictionary<string, Entity?> overlay;

    private KindList(Entity[] sorted, ImmutableSortedDictionary<string, Entity?> overlay, int count)
    {
        entities = sorted;
        this.overlay = overlay;
        Count = count;
    }

    public int Count { get; }

    /// <summary>The entities in id order.</summary>
    public IEnumerable<Entity> Items => overlay.Count == 0 ? entities : Merge(entities, overlay);

    public static KindList FromUnsorted(List<Entity> unsorted)
    {
        var array = unsorted.ToArray();
        Array.Sort(array, ById);
        return new KindList(array, NoChanges, array.Length);
    }

    /// <summary>
    /// The list with every change applied: an entity puts itself in (added, or in place of the one with its id); a
    /// null removes the entity with that id.
    /// </summary>
    public KindList Apply(IReadOnlyDictionary<string, Entity?> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var next = overlay;
        var count = Count;
        foreach (var (id, entity) in changes)
        {
            var inBase = Array.BinarySearch(entities, Probe(id), ById) >= 0;
            var wasPresent = next.TryGetValue(id, out var pending) ? pending is not null : inBase;
            next = entity is null && !inBase ? next.Remove(id) : next.SetItem(id, entity);
            count += (entity is not null ? 1 : 0) - (wasPresent ? 1 : 0);
        }

        return next.Count > Math.Max(MinimumOverlayBeforeFolding, entities.Length / 4)
            ? new KindList([.. Merge(entities, next)], NoChanges, count)
            : new KindList(entities, next, count);
    }

    /// <summary>The base and the overlay in id order: overlay entries replace (or, null, remove) base entries with their id.</summary>
    private static IEnumerable<Entity> Merge(Entity[] entities, ImmutableSortedDictionary<string, Entity?> overlay)
    {
        using var change = overlay.GetEnumerator();
        var pending = change.MoveNext();
        foreach (var entity in entities)
        {
            while (pending && string.CompareOrdinal(change.Current.Key, entity.Id) < 0)
            {
                if (change.Current.Value is { } added)
                {
                    yield return added;
                }

                pending = change.MoveNext();
            }

            if (pending && string.Equals(change.Current.Key, entity.Id, StringComparison.Ordinal))
            {
                if (change.Current.Value is { } replaced)
                {
                    yield return replaced;
                }

                pending = change.MoveNext();
            }
            else
            {
                yield return entity;
            }
        }

        while (pending)
        {
            if (change.Current.Value is { } added)
            {
                yield return added;
            }

            pending = change.MoveNext();
        }
    }

    private static Entity Probe(string id) => new() { Id = id, Kind = default, Name = string.Empty };
}
