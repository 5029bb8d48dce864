using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>One change in a write batch. <c>ExpectedVersion</c>, when given, must equal the stored version.</summary>
[System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(UpsertEntity), "upsertEntity")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(AddRelationship), "addRelationship")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(EndRelationship), "endRelationship")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(SetRelationshipStatus), "setRelationshipStatus")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(OpenScenario), "openScenario")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(PromoteScenario), "promoteScenario")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(DiscardScenario), "discardScenario")]
public abstract record GraphWrite
{
    /// <summary>Creates an entity, or replaces it (its version increments).</summary>
    public sealed record UpsertEntity(Entity Entity, long? ExpectedVersion = null) : GraphWrite;

    /// <summary>Adds a relationship; both ends must exist (in the graph or earlier in the batch) and the id must be new.</summary>
    public sealed record AddRelationship(Relationship Relationship) : GraphWrite;

    /// <summary>Ends a relationship on a date: sets validTo and status ENDED.</summary>
    public sealed record EndRelationship(string RelationshipId, DateOnly EndedOn, long? ExpectedVersion = null) : GraphWrite;

    /// <summary>Changes how firm a relationship is (e.g. PROPOSED to AGREED).</summary>
    public sealed record SetRelationshipStatus(string RelationshipId, RelationshipStatus Status, long? ExpectedVersion = null) : GraphWrite;

    /// <summary>Opens a scenario (the id is chosen by the caller, so a replayed journal rebuilds the same one).</summary>
    public sealed record OpenScenario(string ScenarioId, string Name, string? Description = null) : GraphWrite;

    /// <summary>
    /// Applies an open scenario's changes to the baseline, atomically; refused when a record the scenario changed
    /// has moved in the baseline since, or when <c>ExpectedRevision</c> is given and the scenario has changed since.
    /// </summary>
    public sealed record PromoteScenario(string ScenarioId, long? ExpectedRevision = null) : GraphWrite;

    /// <summary>Closes a scenario without applying it (it stays readable, for the record).</summary>
    public sealed record DiscardScenario(string ScenarioId) : GraphWrite;

    /// <summary>True for the writes that change the scenario registry rather than graph records.</summary>
    public bool IsScenarioLifecycle => this is OpenScenario or PromoteScenario or DiscardScenario;

    /// <summary>The graph record this write changes: entity or relationship id (null for scenario lifecycle writes).</summary>
    public string? RecordId => this switch
    {
        UpsertEntity upsert => upsert.Entity.Id,
        AddRelationship add => add.Relationship.Id,
        EndRelationship end => end.RelationshipId,
        SetRelationshipStatus set => set.RelationshipId,
        _ => null,
    };

    /// <summary>The same write without its optimistic-concurrency check (how a scenario keeps it).</summary>
    public GraphWrite WithoutExpectedVersion() => this switch
    {
        UpsertEntity upsert => upsert with { ExpectedVersion = null },
        EndRelationship end => end with { ExpectedVersion = null },
        SetRelationshipStatus set => set with { ExpectedVersion = null },
        _ => this,
    };
}

/// <summary>
/// Changes applied together or not at all. <paramref name="Info"/> says who, why and on what evidence (kept in
/// the audit log); <paramref name="Scenario"/>, when set, sends the changes to that open scenario instead of the
/// baseline. A scenario lifecycle write (open, promote, discard) must be the only write in its batch.
/// </summary>
public sealed record GraphWriteBatch(IReadOnlyList<GraphWrite> Writes, ChangeInfo? Info = null, string? Scenario = null);

/// <summary>
/// The outcome of a batch: committed with the new graph version (and the audit entry recorded for it), or
/// rejected with the reasons.
/// </summary>
public sealed record WriteResult(bool Committed, long Version, IReadOnlyList<WriteError> Errors, AuditEntry? Audit = null)
{
    public static WriteResult Success(long version, AuditEntry? audit = null) => new(true, version, [], audit);

    public static WriteResult Rejected(long version, IReadOnlyList<WriteError> errors) => new(false, version, errors);
}

/// <summary>
/// Why a write was refused: <c>NOT_FOUND</c>, <c>CONFLICT</c> (stale version, or a promote over a moved baseline),
/// <c>PROMOTE_CONFLICT</c> (a record the scenario changed moved in the baseline since), <c>DUPLICATE</c>,
/// <c>RULE_VIOLATION</c> (a relationship type's rules), <c>INVALID</c>. <paramref name="Id"/> names the record at fault
/// when there is one; <paramref name="Expected"/> and <paramref name="Actual"/> are the versions of a conflict.
/// </summary>
public sealed record WriteError(int Index, string Code, string Message, string? Id = null, long? Expected = null, long? Actual = null);
