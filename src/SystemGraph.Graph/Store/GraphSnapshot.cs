using System.Collections.Immutable;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// One immutable version of the embedded graph with its indexes: entities and relationships by id, entity ids
/// by kind, relationships by (entity, direction, type), and entity ids by folded name/alias token. Readers hold a
/// snapshot for the whole of a request, so a write never shows them half a change.
/// </summary>
internal sealed class GraphSnapshot
{
    public static readonly GraphSnapshot Empty = new(
        0,
        ImmutableDictionary.Create<string, Entity>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, Relationship>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, LineList>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, LineList>(StringComparer.Ordinal),
        ImmutableDictionary<EntityKind, ImmutableSortedSet<string>>.Empty,
        ImmutableDictionary.Create<string, ImmutableHashSet<string>>(StringComparer.Ordinal));

    public GraphSnapshot(
        long version,
        ImmutableDictionary<string, Entity> entities,
        ImmutableDictionary<string, Relationship> relationships,
        ImmutableDictionary<string, LineList> outbound,
        ImmutableDictionary<string, LineList> inbound,
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
    public ImmutableDictionary<string, LineList> Outbound { get; }

    /// <summary>Relationships by the entity they end at.</summary>
    public ImmutableDictionary<string, LineList> Inbound { get; }

    public ImmutableDictionary<EntityKind, ImmutableSortedSet<string>> ByKind { get; }

    /// <summary>Entity ids by folded name or alias token.</summary>
    public ImmutableDictionary<string, ImmutableHashSet<string>> ByToken { get; }

    public Entity? Entity(string id) => Entities.GetValueOrDefault(id);

    /// <summary>The relationships of an entity that match the query, in a stable order (<see cref="RelationshipOrder"/>).</summary>
    public IReadOnlyList<Relationship> RelationshipsOf(string entityId, RelationshipQuery query)
    {
        var result = new List<Relationship>();
        var fromOutbound = 0;
        if (query.Direction != Direction.Inbound && Outbound.TryGetValue(entityId, out var outLines))
        {
            outLines.AddMatching(entityId, query, result, checkDuplicates: false);
            fromOutbound = result.Count;
        }

        if (query.Direction != Direction.Outbound && Inbound.TryGetValue(entityId, out var inLines))
        {
            inLines.AddMatching(entityId, query, result, checkDuplicates: fromOutbound > 0);
        }

        // Each list comes out in order; only a result drawn from both directions needs merging.
        if (fromOutbound > 0 && result.Count > fromOutbound)
        {
            result.Sort(RelationshipOrder.Instance);
        }

        return result;
    }
}
