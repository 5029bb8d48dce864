using System.Collections.Immutable;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// One immutable version of the embedded graph with its indexes: entities and relationships by id, entity ids
/// by kind, relationship ids by (entity, direction), and entity ids by folded name/alias token. Readers hold a
/// snapshot for the whole of a request, so a write never shows them half a change.
/// </summary>
internal sealed class GraphSnapshot
{
    public static readonly GraphSnapshot Empty = new(
        0,
        ImmutableDictionary.Create<string, Entity>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, Relationship>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableList<Relationship>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableList<Relationship>>(StringComparer.Ordinal),
        ImmutableDictionary<EntityKind, ImmutableSortedSet<string>>.Empty,
        ImmutableDictionary.Create<string, ImmutableHashSet<string>>(StringComparer.Ordinal));

    public GraphSnapshot(
        long version,
        ImmutableDictionary<string, Entity> entities,
        ImmutableDictionary<string, Relationship> relationships,
        ImmutableDictionary<string, ImmutableList<Relationship>> outbound,
        ImmutableDictionary<string, ImmutableList<Relationship>> inbound,
        ImmutableDictionary<EntityKind, ImmutableSortedSet<string>> byKind,
        ImmutableDictionary<string, ImmutableHashSet<string>> byToken)
    {
        Version = version;
        Entities = entities;
        Relationships = relationships;
        Outbound = outbound;
        Inbound = inbound;
        ByKind = byKind;
        ByToken = byToken;
    }

    public long Version { get; }

    public ImmutableDictionary<string, Entity> Entities { get; }

    public ImmutableDictionary<string, Relationship> Relationships { get; }

    /// <summary>Relationships by the entity they start from (the objects themselves: no second lookup on the hot path).</summary>
    public ImmutableDictionary<string, ImmutableList<Relationship>> Outbound { get; }

    /// <summary>Relationships by the entity they end at.</summary>
    public ImmutableDictionary<string, ImmutableList<Relationship>> Inbound { get; }

    public ImmutableDictionary<EntityKind, ImmutableSortedSet<string>> ByKind { get; }

    /// <summary>Entity ids by folded name or alias token.</summary>
    public ImmutableDictionary<string, ImmutableHashSet<string>> ByToken { get; }

    public Entity? Entity(string id) => Entities.GetValueOrDefault(id);

    /// <summary>The relationships of an entity that match the query, in a stable order.</summary>
    public IReadOnlyList<Relationship> RelationshipsOf(string entityId, RelationshipQuery query)
    {
        var result = new List<Relationship>();
        if (query.Direction != Direction.Inbound && Outbound.TryGetValue(entityId, out var outLines))
        {
            AddMatching(outLines, entityId, query, result);
        }

        if (query.Direction != Direction.Outbound && Inbound.TryGetValue(entityId, out var inLines))
        {
            AddMatching(inLines, entityId, query, result);
        }

        if (result.Count > 1)
        {
            result.Sort(RelationshipOrder.Instance);
        }

        return result;
    }

    private static void AddMatching(ImmutableList<Relationship> lines, string entityId, RelationshipQuery query, List<Relationship> result)
    {
        foreach (var relationship in lines)
        {
            // A line from an entity to itself sits in both of its lists; only those need the duplicate check.
            if (query.Matches(relationship, entityId)
                && (!string.Equals(relationship.FromId, relationship.ToId, StringComparison.Ordinal) || !result.Exists(r => r.Id == relationship.Id)))
            {
                result.Add(relationship);
            }
        }
    }

    /// <summary>Stable order of an entity's relationships: type, then the ends, then id.</summary>
    private sealed class RelationshipOrder : IComparer<Relationship>
    {
        public static readonly RelationshipOrder Instance = new();

        public int Compare(Relationship? x, Relationship? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var byType = x.Type.CompareTo(y.Type);
            if (byType != 0)
            {
                return byType;
            }

            var byFrom = string.CompareOrdinal(x.FromId, y.FromId);
            if (byFrom != 0)
            {
                return byFrom;
            }

            var byTo = string.CompareOrdinal(x.ToId, y.ToId);
            return byTo != 0 ? byTo : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
