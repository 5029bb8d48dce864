using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Checks a write batch against the current state of what it touches (read inside the write transaction) and
/// works out the final state of every entity and relationship it changes. The checks are the embedded store's
/// (<c>GraphWriteApplier</c>): each write sees the ones before it in the batch, and any error rejects the batch.
/// </summary>
internal sealed class WriteBatchPlan
{
    private readonly Dictionary<string, Entity?> entities;
    private readonly Dictionary<string, Relationship?> relationships;
    private readonly Dictionary<string, Entity> changedEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relationship> changedRelationships = new(StringComparer.Ordinal);

    private WriteBatchPlan(IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Relationship> relationships)
    {
        this.entities = entities.ToDictionary(kv => kv.Key, kv => (Entity?)kv.Value, StringComparer.Ordinal);
        this.relationships = relationships.ToDictionary(kv => kv.Key, kv => (Relationship?)kv.Value, StringComparer.Ordinal);
    }

    public List<WriteError> Errors { get; } = [];

    public IReadOnlyCollection<Entity> Entities => changedEntities.Values;

    public IReadOnlyCollection<Relationship> Relationships => changedRelationships.Values;

    /// <summary>The entity ids the batch needs to know about: upserted ones and the ends of added lines.</summary>
    public static IReadOnlyList<string> EntityIdsOf(GraphWriteBatch batch) => batch.Writes.SelectMany(w => w switch
    {
        GraphWrite.UpsertEntity upsert => [upsert.Entity.Id],
        GraphWrite.AddRelationship add => new[] { add.Relationship.FromId, add.Relationship.ToId },
        _ => [],
    }).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> RelationshipIdsOf(GraphWriteBatch batch) => batch.Writes.Select(w => w switch
    {
        GraphWrite.AddRelationship add => add.Relationship.Id,
        GraphWrite.EndRelationship end => end.RelationshipId,
        GraphWrite.SetRelationshipStatus set => set.RelationshipId,
        _ => null,
    }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    public static WriteBatchPlan Check(GraphWriteBatch batch, IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Relationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var plan = new WriteBatchPlan(entities, relationships);
        for (var i = 0; i < batch.Writes.Count; i++)
        {
            if (plan.Apply(batch.Writes[i]) is { } problem)
            {
                plan.Errors.Add(problem with { Index = i });
            }
        }

        return plan;
    }

    private WriteError? Apply(GraphWrite write) => write switch
    {
        GraphWrite.UpsertEntity upsert => Upsert(upsert),
        GraphWrite.AddRelationship add => Add(add.Relationship),
        GraphWrite.EndRelationship end => Change(end.RelationshipId, end.ExpectedVersion, r => r with { ValidTo = end.EndedOn, Status = RelationshipStatus.Ended }),
        GraphWrite.SetRelationshipStatus set => Change(set.RelationshipId, set.ExpectedVersion, r => r with { Status = set.Status }),
        _ => new WriteError(0, "INVALID", "Unknown write."),
    };

    private WriteError? Upsert(GraphWrite.UpsertEntity upsert)
    {
        var existing = entities.GetValueOrDefault(upsert.Entity.Id);
        if (upsert.ExpectedVersion is { } expected && (existing?.Version ?? 0) != expected)
        {
            return Conflict("Entity", upsert.Entity.Id, expected, existing?.Version ?? 0);
        }

        if (existing is not null && existing.Kind != upsert.Entity.Kind)
        {
            return new WriteError(0, "INVALID", $"Entity '{upsert.Entity.Id}' is a {GraphNames.ToWire(existing.Kind)}; its kind cannot change.");
        }

        var next = upsert.Entity with { Version = (existing?.Version ?? 0) + 1 };
        entities[next.Id] = next;
        changedEntities[next.Id] = next;
        return null;
    }

    private WriteError? Add(Relationship relationship)
    {
        if (relationships.GetValueOrDefault(relationship.Id) is not null)
        {
            return new WriteError(0, "DUPLICATE", $"Relationship '{relationship.Id}' already exists.");
        }

        foreach (var end in new[] { relationship.FromId, relationship.ToId })
        {
            if (entities.GetValueOrDefault(end) is null)
            {
                return new WriteError(0, "NOT_FOUND", $"Entity '{end}' does not exist.");
            }
        }

        var next = relationship with { Version = 1 };
        relationships[next.Id] = next;
        changedRelationships[next.Id] = next;
        return null;
    }

    private WriteError? Change(string id, long? expectedVersion, Func<Relationship, Relationship> change)
    {
        if (relationships.GetValueOrDefault(id) is not { } existing)
        {
            return new WriteError(0, "NOT_FOUND", $"Relationship '{id}' does not exist.");
        }

        if (expectedVersion is { } expected && existing.Version != expected)
        {
            return Conflict("Relationship", id, expected, existing.Version);
        }

        var next = change(existing) with { Version = existing.Version + 1 };
        relationships[id] = next;
        changedRelationships[id] = next;
        return null;
    }

    private static WriteError Conflict(string what, string id, long expected, long actual) =>
        new(0, "CONFLICT", $"{what} '{id}' is at version {actual}, not the expected {expected}: it changed since you read it.");
}
