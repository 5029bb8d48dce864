using System.Collections.Immutable;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Makes the next snapshot from the current one: builders over the layered maps, so a change costs
/// O(changes × log overlay) and the previous snapshot stays intact for its readers. The kind lists and the name
/// token holders are shared by many entities ("board", "nhs"): their changes are gathered and applied once, in
/// <see cref="Build"/>, so a batch (or a scenario view of many writes) touches each once, not per write.
/// </summary>
internal sealed class GraphSnapshotBuilder : IWriteWorkspace
{
    private readonly LayeredMap<string, Entity>.Builder entities;
    private readonly LayeredMap<string, Relationship>.Builder relationships;
    private readonly LayeredMap<string, LineList>.Builder outbound;
    private readonly LayeredMap<string, LineList>.Builder inbound;
    private readonly LayeredMap<EntityKind, KindList>.Builder byKind;
    private readonly LayeredMap<string, TokenHolders>.Builder byToken;
    private readonly long version;

    /// <summary>Per kind, the entities to put (or, null, remove) by id, applied in <see cref="Build"/>.</summary>
    private readonly Dictionary<EntityKind, Dictionary<string, Entity?>> kindChanges = [];

    /// <summary>The tokens each entity put in this builder held before it (so <see cref="Build"/> knows what it gains and loses).</summary>
    private readonly Dictionary<string, List<string>> tokensBefore = new(StringComparer.Ordinal);

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
        var previous = entities.GetValueOrDefault(entity.Id);
        if (!tokensBefore.ContainsKey(entity.Id))
        {
            tokensBefore[entity.Id] = previous is null ? [] : TokensOf(previous);
        }

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

        // Each entity gains the tokens it holds now and did not before, and loses the reverse: real changes only.
        var gained = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lost = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, before) in tokensBefore)
        {
            var now = TokensOf(entities[id]);
            foreach (var token in now.Except(before, StringComparer.Ordinal))
            {
                ListFor(gained, token).Add(id);
            }

            foreach (var token in before.Except(now, StringComparer.Ordinal))
            {
                ListFor(lost, token).Add(id);
            }
        }

        foreach (var token in gained.Keys.Union(lost.Keys, StringComparer.Ordinal))
        {
            byToken[token] = byToken.GetValueOrDefault(token, TokenHolders.Empty).With(gained.GetValueOrDefault(token, []), lost.GetValueOrDefault(token, []));
        }

        kindChanges.Clear();
        tokensBefore.Clear();
        return new(
            newVersion,
            entities.ToImmutable(),
            relationships.ToImmutable(),
            outbound.ToImmutable(),
            inbound.ToImmutable(),
            byKind.ToImmutable(),
            byToken.ToImmutable());
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

    private static List<string> ListFor(Dictionary<string, List<string>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
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
