using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>One change in a write batch. <c>ExpectedVersion</c>, when given, must equal the stored version.</summary>
[System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(UpsertEntity), "upsertEntity")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(AddRelationship), "addRelationship")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(EndRelationship), "endRelationship")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(SetRelationshipStatus), "setRelationshipStatus")]
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
}

/// <summary>Changes applied together or not at all.</summary>
public sealed record GraphWriteBatch(IReadOnlyList<GraphWrite> Writes);

/// <summary>The outcome of a batch: committed with the new graph version, or rejected with the reasons.</summary>
public sealed record WriteResult(bool Committed, long Version, IReadOnlyList<WriteError> Errors)
{
    public static WriteResult Success(long version) => new(true, version, []);

    public static WriteResult Rejected(long version, IReadOnlyList<WriteError> errors) => new(false, version, errors);
}

/// <summary>Why a write was refused: <c>NOT_FOUND</c>, <c>CONFLICT</c> (stale version), <c>DUPLICATE</c>, <c>INVALID</c>.</summary>
public sealed record WriteError(int Index, string Code, string Message);
