using SystemGraph.Graph.Model;
using SystemGraph.Graph.Search;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Makes the next snapshot from the current one: builders over the layered maps, so a change costs
/// O(changes × log overlay) and the previous snapshot stays intact for its readers. The kind lists are shared by many
/// entities: their changes are gathered and applied once, in <see cref="Build"/>, so a batch (or a scenario view of
/// many writes) touches each once, not per write. The new snapshot's search view overlays the changed entities on
/// the previous one's (<see cref="EntitySearchView"/>); the store's commit publishes it to the search index.
/// </summary>
internal sealed class GraphSnapshotBuilder : IWriteWorkspace
{
    private readonly LayeredMap<string, Entity>.Builder entities;
    private readonly LayeredMap<string, Relationship>.Builder relationships;
    private readonly LayeredMap<string, LineList>.Builder outbound;
    private readonly LayeredMap<string, LineList>.Builder inbound;
    private readonly LayeredMap<EntityKind, KindList>.Builder byKind;
    private EntitySearchView search;
    private readonly long version;

    /// <summary>Per kind, the entities to put (or, null, remove) by id, applied in <see cref="Build"/>.</summary>
    private readonly Dictionary<EntityKind, Dictionary<string, Entity?>> kindChanges = [];

    /// <summary>Each entity put in this builder as it was before it (null when new), for the search view.</summary>
    private readonly Dictionary<string, Entity?> entitiesBefore = new(StringComparer.Ordinal);

    public GraphSnapshotBuilder(GraphSnapshot from)
    {
        version = from.Version;
        entities = from.Entities.ToBuilder();
        relationships = from.Relationships.ToBuilder();
        outbound = from.Outbound.ToBuilder();
        inbound = from.Inbound.ToBuilder();
        byKind = from.ByKind.ToBuilder();
        search = from.Search;
    }

    public Entity? Entity(string id) => entities.GetValueOrDefault(id);

    public Relationship? Relationship(string id) => relationships.GetValueOrDefault(id);

    public void PutEntity(Entity entity)
    {
        var previous = entities.GetValueOrDefault(entity.Id);
        entitiesBefore.TryAdd(entity.Id, previous);

        if (previous is not null && previous.Kind != entity.Kind)
        {
            KindChanges(previous.Kind)[previous.Id] = null;
        }

        entities[entity.Id] = entity;
        KindChanges(entity.Kind)[entity.Id] = entity;
    }

    public void PutRelationship(Relationship relationship)
    {
        var previous = relationships.GetValueOrDefault(relationship.Id);
        relationships[relationship.Id] = relationship;
        // A new line is added to both ends' lists; a changed one swaps in its new version (ends never change).
        outbound[relationship.FromId] = outbound.GetValueOrDefault(relationship.FromId, LineList.Empty).Put(previous, relationship);
        inbound[relationship.ToId] = inbound.GetValueOrDefault(relationship.ToId, LineList.Empty).Put(previous, relationship);
    }

    public GraphSnapshot Build(long newVersion)
    {
        foreach (var (kind, changes) in kindChanges)
        {
            byKind[kind] = byKind.GetValueOrDefault(kind, KindList.Empty).Apply(changes);
        }

        search = search.With(entitiesBefore.Select(c => (c.Key, c.Value, entities.GetValueOrDefault(c.Key))));
        kindChanges.Clear();
        entitiesBefore.Clear();
        return new(
            newVersion,
            entities.ToImmutable(),
            relationships.ToImmutable(),
            outbound.ToImmutable(),
            inbound.ToImmutable(),
            byKind.ToImmutable(),
            search);
    }

    public long Version => version;

    private Dictionary<string, Entity?> KindChanges(EntityKind kind)
    {
        if (!kindChanges.TryGetValue(kind, out var changes))
        {
            kindChanges[kind] = changes = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        }

        return changes;
    }
}
