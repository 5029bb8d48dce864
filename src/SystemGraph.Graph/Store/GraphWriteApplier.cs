using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>Applies one write to a snapshot builder, checking existence, uniqueness and expected versions.</summary>
internal static class GraphWriteApplier
{
    public static WriteError? Apply(GraphSnapshotBuilder builder, GraphWrite write) => write switch
    {
        GraphWrite.UpsertEntity upsert => Upsert(builder, upsert),
        GraphWrite.AddRelationship add => Add(builder, add.Relationship),
        GraphWrite.EndRelationship end => Change(builder, end.RelationshipId, end.ExpectedVersion, r => r with
        {
            ValidTo = end.EndedOn,
            Status = RelationshipStatus.Ended,
        }),
        GraphWrite.SetRelationshipStatus set => Change(builder, set.RelationshipId, set.ExpectedVersion, r => r with { Status = set.Status }),
        _ => new WriteError(0, "INVALID", "Unknown write."),
    };

    private static WriteError? Upsert(GraphSnapshotBuilder builder, GraphWrite.UpsertEntity upsert)
    {
        var existing = builder.Entity(upsert.Entity.Id);
        if (upsert.ExpectedVersion is { } expected && (existing?.Version ?? 0) != expected)
        {
            return Conflict("Entity", upsert.Entity.Id, expected, existing?.Version ?? 0);
        }

        if (existing is not null && existing.Kind != upsert.Entity.Kind)
        {
            return new WriteError(0, "INVALID", $"Entity '{upsert.Entity.Id}' is a {GraphNames.ToWire(existing.Kind)}; its kind cannot change.");
        }

        builder.PutEntity(upsert.Entity with { Version = (existing?.Version ?? 0) + 1 });
        return null;
    }

    private static WriteError? Add(GraphSnapshotBuilder builder, Relationship relationship)
    {
        if (builder.Relationship(relationship.Id) is not null)
        {
            return new WriteError(0, "DUPLICATE", $"Relationship '{relationship.Id}' already exists.");
        }

        foreach (var end in new[] { relationship.FromId, relationship.ToId })
        {
            if (builder.Entity(end) is null)
            {
                return new WriteError(0, "NOT_FOUND", $"Entity '{end}' does not exist.");
            }
        }

        builder.PutRelationship(relationship with { Version = 1 });
        return null;
    }

    private static WriteError? Change(GraphSnapshotBuilder builder, string id, long? expectedVersion, Func<Relationship, Relationship> change)
    {
        if (builder.Relationship(id) is not { } existing)
        {
            return new WriteError(0, "NOT_FOUND", $"Relationship '{id}' does not exist.");
        }

        if (expectedVersion is { } expected && existing.Version != expected)
        {
            return Conflict("Relationship", id, expected, existing.Version);
        }

        builder.PutRelationship(change(existing) with { Version = existing.Version + 1 });
        return null;
    }

    private static WriteError Conflict(string what, string id, long expected, long actual) =>
        new(0, "CONFLICT", $"{what} '{id}' is at version {actual}, not the expected {expected}: it changed since you read it.");
}
