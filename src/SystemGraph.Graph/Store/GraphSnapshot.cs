using SystemGraph.Graph.Model;
using SystemGraph.Graph.Search;

namespace SystemGraph.Graph.Store;

/// <summary>
/// One immutable version of the embedded graph with its indexes: entities and relationships by id, entity ids
/// by kind, relationships by (entity, direction, type), and its view of entity search (<see cref="EntitySearchView"/>).
/// Readers hold a snapshot for the whole of a request, so a write never shows them half a change.
/// </summary>
internal sealed class GraphSnapshot : IRecordLookup
{
    public static readonly GraphSnapshot Empty = new(
        0,
        LayeredMap<string, Entity>.Empty(StringComparer.Ordinal),
        LayeredMap<string, Relationship>.Empty(StringComparer.Ordinal),
        LayeredMap<string, LineList>.Empty(StringComparer.Ordinal),
        LayeredMap<string, LineList>.Empty(StringComparer.Ordinal),
        LayeredMap<EntityKind, KindList>.Empty(),
        EntitySearchView.Empty);

    public GraphSnapshot(
        long version,
        LayeredMap<string, Entity> entities,
        LayeredMap<string, Relationship> relationships,
        LayeredMap<string, LineList> outbound,
        LayeredMap<string, LineList> inbound,
        LayeredMap<EntityKind, KindList> byKind,
        EntitySearchView search)
    {
        Version = version;
        Entities = entities;
        Relationships = relationships;
        Outbound = outbound;
        Inbound = inbound;
        ByKind = byKind;
        Search = search;
    }

    public long Version { get; }

    public LayeredMap<string, Entity> Entities { get; }

    public LayeredMap<string, Relationship> Relationships { get; }

    /// <summary>Relationships by the entity they start from (the objects themselves: no second lookup on the hot path).</summary>
    public LayeredMap<string, LineList> Outbound { get; }

    /// <summary>Relationships by the entity they end at.</summary>
    public LayeredMap<string, LineList> Inbound { get; }

    public LayeredMap<EntityKind, KindList> ByKind { get; }

    /// <summary>Entity search as this snapshot sees it.</summary>
    public EntitySearchView Search { get; }

    /// <summary>This snapshot with another search view (the same entities, published to the search index).</summary>
    public GraphSnapshot WithSearch(EntitySearchView search) => new(Version, Entities, Relationships, Outbound, Inbound, ByKind, search);

    public Entity? Entity(string id) => Entities.GetValueOrDefault(id);

    public Relationship? Relationship(string id) => Relationships.GetValueOrDefault(id);

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
