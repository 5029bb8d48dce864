using System.Collections.Immutable;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Builds the first snapshot of a bulk load in one pass: every index is gathered in plain mutable collections
/// and frozen once at the end. Building the immutable maps item by item (as a write batch does) allocates a
/// tree path per insert, which at a million entities costs minutes and most of the memory; bulk-constructed
/// immutable collections cost one allocation per item and are the same shapes later writes build on.
/// </summary>
internal static class GraphSnapshotBulkLoader
{
    /// <summary>Later items with an id already seen replace the earlier ones, as successive upserts would.</summary>
    public static GraphSnapshot Build(IEnumerable<Entity> entities, IEnumerable<Relationship> relationships, long version)
    {
        var entityById = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            entityById[entity.Id] = entity;
        }

        var relationshipById = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            relationshipById[relationship.Id] = relationship;
        }

        var outbound = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
        var inbound = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
        foreach (var relationship in relationshipById.Values)
        {
            ListFor(outbound, relationship.FromId).Add(relationship);
            ListFor(inbound, relationship.ToId).Add(relationship);
        }

        var byKind = new Dictionary<EntityKind, List<string>>();
        var byToken = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entity in entityById.Values)
        {
            ListFor(byKind, entity.Kind).Add(entity.Id);
            foreach (var token in GraphSnapshotBuilder.TokensOf(entity))
            {
                ListFor(byToken, token).Add(entity.Id);
            }
        }

        return new GraphSnapshot(
            version,
            entityById.ToImmutableDictionary(StringComparer.Ordinal),
            relationshipById.ToImmutableDictionary(StringComparer.Ordinal),
            outbound.ToImmutableDictionary(kv => kv.Key, kv => LineList.FromUnsorted(kv.Value), StringComparer.Ordinal),
            inbound.ToImmutableDictionary(kv => kv.Key, kv => LineList.FromUnsorted(kv.Value), StringComparer.Ordinal),
            byKind.ToImmutableDictionary(kv => kv.Key, kv => ImmutableSortedSet.CreateRange(StringComparer.Ordinal, kv.Value)),
            byToken.ToImmutableDictionary(kv => kv.Key, kv => ImmutableHashSet.CreateRange(StringComparer.Ordinal, kv.Value), StringComparer.Ordinal));
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
