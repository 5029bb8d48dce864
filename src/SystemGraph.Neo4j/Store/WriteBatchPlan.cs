using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// The records a write batch touches, read inside its write transaction, as an <see cref="IWriteWorkspace"/>: the
/// writes are checked and applied by the shared <see cref="GraphWriteApplier"/> (the embedded store's rules, so
/// both stores accept and refuse the same batches), each write seeing the ones before it. What changed is then
/// written back to Neo4j (<see cref="Entities"/>, <see cref="Relationships"/>).
/// </summary>
internal sealed class WriteBatchPlan : IWriteWorkspace
{
    private readonly Dictionary<string, Entity> entities;
    private readonly Dictionary<string, Relationship> relationships;
    private readonly Dictionary<string, Entity> changedEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relationship> changedRelationships = new(StringComparer.Ordinal);

    public WriteBatchPlan(IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Relationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relationships);
        this.entities = new Dictionary<string, Entity>(entities, StringComparer.Ordinal);
        this.relationships = new Dictionary<string, Relationship>(relationships, StringComparer.Ordinal);
        Before = new RecordSnapshot(this.entities, this.relationships);
    }

    /// <summary>The records as they were read, before any write was applied.</summary>
    public IRecordLookup Before { get; }

    /// <summary>Errors of the last <see cref="Check"/>.</summary>
    public List<WriteError> Errors { get; } = [];

    /// <summary>Entities changed by the writes applied so far, in their final state.</summary>
    public IReadOnlyCollection<Entity> Entities => changedEntities.Values;

    /// <summary>Relationships changed by the writes applied so far, in their final state.</summary>
    public IReadOnlyCollection<Relationship> Relationships => changedRelationships.Values;

    /// <summary>
    /// The entity ids the writes need to know about: upserted ones, both ends of added lines (their kind and type
    /// decide the rules; their lifetimes end the line) and the documents added lines cite (their dates are its evidence date).
    /// </summary>
    public static IReadOnlyList<string> EntityIdsOf(GraphWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return EntityIdsOf(batch.Writes);
    }

    public static IReadOnlyList<string> EntityIdsOf(IEnumerable<GraphWrite> writes) => writes.SelectMany(w => w switch
    {
        GraphWrite.UpsertEntity upsert => [upsert.Entity.Id],
        GraphWrite.AddRelationship add => add.Relationship.Sources.Select(s => s.DocumentId).Prepend(add.Relationship.ToId).Prepend(add.Relationship.FromId),
        _ => [],
    }).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> RelationshipIdsOf(GraphWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return RelationshipIdsOf(batch.Writes);
    }

    public static IReadOnlyList<string> RelationshipIdsOf(IEnumerable<GraphWrite> writes) => writes.Select(w => w switch
    {
        GraphWrite.AddRelationship add => add.Relationship.Id,
        GraphWrite.EndRelationship end => end.RelationshipId,
        GraphWrite.SetRelationshipStatus set => set.RelationshipId,
        _ => null,
    }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Applies a batch's writes to the records read for it; <see cref="Errors"/> holds every refusal (any one rejects the batch).</summary>
    public static WriteBatchPlan Check(GraphWriteBatch batch, IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Relationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var plan = new WriteBatchPlan(entities, relationships);
        plan.Errors.AddRange(plan.ApplyAll(batch.Writes));
        return plan;
    }

    /// <summary>Applies the writes in order; returns the refusals, each with the index of its write.</summary>
    public List<WriteError> ApplyAll(IReadOnlyList<GraphWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var errors = new List<WriteError>();
        for (var i = 0; i < writes.Count; i++)
        {
            if (GraphWriteApplier.Apply(this, writes[i]) is { } problem)
            {
                errors.Add(problem with { Index = i });
            }
        }

        return errors;
    }

    public Entity? Entity(string id) => entities.GetValueOrDefault(id);

    public Relationship? Relationship(string id) => relationships.GetValueOrDefault(id);

    public void PutEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entities[entity.Id] = entity;
        changedEntities[entity.Id] = entity;
    }

    public void PutRelationship(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        relationships[relationship.Id] = relationship;
        changedRelationships[relationship.Id] = relationship;
    }

    /// <summary>The records as they stand now, frozen (later writes to the plan do not change it).</summary>
    public IRecordLookup Freeze() => new RecordSnapshot(entities, relationships);

    /// <summary>A frozen copy of records by id.</summary>
    private sealed class RecordSnapshot(IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Relationship> relationships) : IRecordLookup
    {
        private readonly Dictionary<string, Entity> entities = new(entities, StringComparer.Ordinal);
        private readonly Dictionary<string, Relationship> relationships = new(relationships, StringComparer.Ordinal);

        public Entity? Entity(string id) => entities.GetValueOrDefault(id);

        public Relationship? Relationship(string id) => relationships.GetValueOrDefault(id);
    }
}
