using System.Collections.Immutable;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Makes the next snapshot from the current one: builders over the layered maps, so a change costs
/// O(changes × log overlay) and the previous snapshot stays intact for its readers.
/// </summary>
internal sealed class GraphSnapshotBuilder : IWriteWorkspace
{
    private readonly LayeredMap<string, Entity>.Builder entities;
    private readonly LayeredMap<string, Relationship>.Builder relationships;
    private readonly LayeredMap<string, LineList>.Builder outbound;
    private readonly LayeredMap<string, LineList>.Builder inbound;
    private readonly LayeredMap<EntityKind, KindList>.Builder byKind;
    private readonly LayeredMap<string, string[]>.Builder byToken;
    private readonly long version;

    public GraphSnapshotBuilder(GraphSnapshot from)
    {
        version = from.Version;
        entities = from.Entities.ToBuilder();
        relationships = from.Relationships.ToBuilder();
        outbound = from.Outbound.ToBuilder();
        inbound = from.Inbound.ToBuilder();
        byKind = from.ByKind.ToBuilder();
        byToken = from.ByToken.ToBuilder();
    }

    public Entity? Entity(string id) => entities.GetValueOrDefault(id);

    public Relationship? Relationship(string id) => relationships.GetValueOrDefault(id);

    public void PutEntity(Entity entity)
    {
        if (entities.TryGetValue(entity.Id, out var previous))
        {
            RemoveFromIndexes(previous);
        }

        entities[entity.Id] = entity;
        byKind[entity.Kind] = byKind.GetValueOrDefault(entity.Kind, KindList.Empty).Put(entity);
        foreach (var token in TokensOf(entity))
        {
            var ids = byToken.GetValueOrDefault(token, []);
            if (Array.IndexOf(ids, entity.Id) < 0)
            {
                byToken[token] = [.. ids, entity.Id];
            }
        }
    }

    public void PutRelationship(Relationship relationship)
    {
        var previous = relationships.GetValueOrDefault(relationship.Id);
        relationships[relationship.Id] = relationship;
        // A new line is added to both ends' lists; a changed one swaps in its new version (ends never change).
        outbound[relationship.FromId] = outbound.GetValueOrDefault(relationship.FromId, LineList.Empty).Put(previous, relationship);
        inbound[relationship.ToId] = inbound.GetValueOrDefault(relationship.ToId, LineList.Empty).Put(previous, relationship);
    }

    public GraphSnapshot Build(long newVersion) => new(
        newVersion,
        entities.ToImmutable(),
        relationships.ToImmutable(),
        outbound.ToImmutable(),
        inbound.ToImmutable(),
        byKind.ToImmutable(),
        byToken.ToImmutable());

    public long Version => version;

    private void RemoveFromIndexes(Entity previous)
    {
        if (byKind.TryGetValue(previous.Kind, out var ofKind))
        {
            byKind[previous.Kind] = ofKind.Remove(previous);
        }

        foreach (var token in TokensOf(previous))
        {
            if (byToken.TryGetValue(token, out var holders) && Array.IndexOf(holders, previous.Id) >= 0)
            {
                byToken[token] = Array.FindAll(holders, id => !string.Equals(id, previous.Id, StringComparison.Ordinal));
            }
        }
    }

    /// <summary>The distinct folded tokens of an entity's name, aliases and ODS code (a handful: a list beats a set).</summary>
    internal static List<string> TokensOf(Entity entity)
    {
        var tokens = new List<string>();
        void AddAll(string? text)
        {
            foreach (var token in SearchText.Tokens(text))
            {
                if (!tokens.Contains(token))
                {
                    tokens.Add(token);
                }
            }
        }

        AddAll(entity.Name);
        foreach (var alias in entity.Aliases)
        {
            AddAll(alias);
        }

        AddAll(entity.OdsCode);
        return tokens;
    }
}
