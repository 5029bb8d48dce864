using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Checks a write batch against the current state of what it touches (read inside the write transaction) and
/// works out the final state of every entity and relationship it changes. The checks are the embedded store's,
/// shared (<see cref="GraphWriteApplier"/>: existence, versions, relationship rules): each write sees the ones
/// before it in the batch, and any error rejects the batch.
/// </summary>
internal sealed class WriteBatchPlan : IWriteWorkspace
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
        if (batch.Scenario is not null || batch.Writes.Any(w => w.IsScenarioLifecycle))
        {
            plan.Errors.Add(new WriteError(0, "INVALID", "Scenarios are not available on the Neo4j store yet; use the embedded store for planning work."));
            return plan;
        }

        for (var i = 0; i < batch.Writes.Count; i++)
        {
            if (GraphWriteApplier.Apply(plan, batch.Writes[i]) is { } problem)
            {
                plan.Errors.Add(problem with { Index = i });
            }
        }

        return plan;
    }

    public Entity? Entity(string id) => entities.GetValueOrDefault(id);

    public Relationship? Relationship(string id) => relationships.GetValueOrDefault(id);

    public void PutEntity(Entity entity)
    {
        entities[entity.Id] = entity;
        changedEntities[entity.Id] = entity;
    }

    public void PutRelationship(Relationship relationship)
    {
        relationships[relationship.Id] = relationship;
        changedRelationships[relationship.Id] = relationship;
    }
}
