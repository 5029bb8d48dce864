using System.Collections.Immutable;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Search;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Builds the first snapshot of a bulk load in one pass: every index is gathered in plain hash tables that
/// become the base layer of the snapshot's <see cref="LayeredMap{TKey,TValue}"/>s as they are, with no copy
/// into persistent trees (which at a million entities cost most of the load time). Later writes go to the
/// maps' small overlays.
/// </summary>
internal static class GraphSnapshotBulkLoader
{
    /// <summary>Later items with an id already seen replace the earlier ones, as successive upserts would.</summary>
    public static GraphSnapshot Build(IEnumerable<Entity> entities, IEnumerable<Relationship> relationships, long version)
    {
        // Sized up front: growing a table of millions rehashes every key several times over.
        var entityCount = entities.TryGetNonEnumeratedCount(out var e) ? e : 0;
        var entityById = new Dictionary<string, Entity>(entityCount, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            entityById[entity.Id] = entity;
        }

        var relationshipById = new Dictionary<string, Relationship>(relationships.TryGetNonEnumeratedCount(out var r) ? r : 0, StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            relationshipById[relationship.Id] = relationship;
        }

        var outbound = new Dictionary<string, List<Relationship>>(entityById.Count, StringComparer.Ordinal);
        var inbound = new Dictionary<string, List<Relationship>>(entityById.Count, StringComparer.Ordinal);
        foreach (var relationship in relationshipById.Values)
        {
            ListFor(outbound, relationship.FromId).Add(relationship);
            ListFor(inbound, relationship.ToId).Add(relationship);
        }

        var byKind = new Dictionary<EntityKind, List<Entity>>();
        foreach (var entity in entityById.Values)
        {
            ListFor(byKind, entity.Kind).Add(entity);
        }

        return new GraphSnapshot(
            version,
            LayeredMap<string, Entity>.Adopt(entityById),
            LayeredMap<string, Relationship>.Adopt(relationshipById),
            LayeredMap<string, LineList>.Adopt(Freeze(outbound, LineList.FromUnsorted)),
            LayeredMap<string, LineList>.Adopt(Freeze(inbound, LineList.FromUnsorted)),
            LayeredMap<EntityKind, KindList>.Adopt(Freeze(byKind, KindList.FromUnsorted)),
            EntitySearchView.Over(EntitySearchIndex.Build(entityById.Values)));
    }

    private static Dictionary<TKey, TFrozen> Freeze<TKey, TItem, TFrozen>(Dictionary<TKey, List<TItem>> index, Func<List<TItem>, TFrozen> freeze)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, TFrozen>(index.Count, index.Comparer);
        foreach (var (key, items) in index)
        {
            result[key] = freeze(items);
        }

        return result;
    }

    private static List<TValue> ListFor<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        return list;
    }
}
