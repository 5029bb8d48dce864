using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Applies one write to a workspace, checking existence, uniqueness, expected versions and the relationship
/// rules. Both stores use it, so a write is accepted or refused for the same reasons whichever store holds the graph.
/// </summary>
public static class GraphWriteApplier
{
    public static WriteError? Apply(IWriteWorkspace workspace, GraphWrite write)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(write);
        return write switch
        {
            GraphWrite.UpsertEntity upsert => Upsert(workspace, upsert),
            GraphWrite.AddRelationship add => Add(workspace, add.Relationship),
            GraphWrite.EndRelationship end => Change(workspace, end.RelationshipId, end.ExpectedVersion, r => End(r, end.EndedOn)),
            GraphWrite.SetRelationshipStatus set => Change(workspace, set.RelationshipId, set.ExpectedVersion, r => SetStatus(r, set.Status)),
            _ => Invalid("A scenario write (open, promote, discard) must be the only write in its batch."),
        };
    }

    private static WriteError? Upsert(IWriteWorkspace workspace, GraphWrite.UpsertEntity upsert)
    {
        var entity = upsert.Entity;
        var existing = workspace.Entity(entity.Id);
        if (upsert.ExpectedVersion is { } expected && (existing?.Version ?? 0) != expected)
        {
            return Conflict("Entity", entity.Id, expected, existing?.Version ?? 0);
        }

        if (existing is not null && existing.Kind != entity.Kind)
        {
            return new WriteError(0, "INVALID", $"Entity '{entity.Id}' is a {GraphNames.ToWire(existing.Kind)}; its kind cannot change.", entity.Id);
        }

        if (EntityProblem(entity) is { } problem)
        {
            return Invalid(problem);
        }

        workspace.PutEntity(entity with { Version = (existing?.Version ?? 0) + 1 });
        return null;
    }

    /// <summary>What makes an entity unfit to store: the facts its kind must have, and dates in order.</summary>
    private static string? EntityProblem(Entity entity)
    {
        if (string.IsNullOrWhiteSpace(entity.Id) || string.IsNullOrWhiteSpace(entity.Name))
        {
            return "An entity needs an id and a name.";
        }

        if (entity.ValidFrom is { } start && entity.ValidTo is { } end && end < start)
        {
            return $"validTo ({end:yyyy-MM-dd}) is before validFrom ({start:yyyy-MM-dd}).";
        }

        return entity.Kind switch
        {
            EntityKind.Area when entity.Level is null => "An AREA needs its spatial level.",
            EntityKind.Service when entity.Category is null => "A SERVICE needs its category.",
            _ => null,
        };
    }

    private static WriteError? Add(IWriteWorkspace workspace, Relationship relationship)
    {
        if (workspace.Relationship(relationship.Id) is not null)
        {
            return new WriteError(0, "DUPLICATE", $"Relationship '{relationship.Id}' already exists.", relationship.Id);
        }

        var from = workspace.Entity(relationship.FromId);
        var to = workspace.Entity(relationship.ToId);
        if (from is null || to is null)
        {
            var missing = from is null ? relationship.FromId : relationship.ToId;
            return new WriteError(0, "NOT_FOUND", $"Entity '{missing}' does not exist.", missing);
        }

        if (relationship.Status == RelationshipStatus.Ended && relationship.ValidTo is null)
        {
            return Invalid("An ENDED line needs the date it ended (validTo).");
        }

        if (RelationshipRules.Check(relationship, from, to) is { } broken)
        {
            return new WriteError(0, "RULE_VIOLATION", broken, relationship.Id);
        }

        // A written line is held to the seed's time rules: it ends when an end ceases and is evidence as at its documents' date.
        workspace.PutRelationship(LineLifetimes.Apply(relationship, from, to, workspace.Entity) with { Version = 1 });
        return null;
    }

    private static (Relationship? Next, string? Problem) End(Relationship line, DateOnly endedOn)
    {
        if (line.Status == RelationshipStatus.Ended)
        {
            return (null, $"Relationship '{line.Id}' already ended on {line.ValidTo:yyyy-MM-dd}.");
        }

        if (line.ValidFrom is { } start && endedOn < start)
        {
            return (null, $"Relationship '{line.Id}' starts on {start:yyyy-MM-dd}; it cannot end before that ({endedOn:yyyy-MM-dd}).");
        }

        return (line with { ValidTo = endedOn, Status = RelationshipStatus.Ended }, null);
    }

    private static (Relationship? Next, string? Problem) SetStatus(Relationship line, RelationshipStatus status)
    {
        // Ending needs a date: it goes through EndRelationship, and an ended line is history, not a proposal.
        if (status == RelationshipStatus.Ended)
        {
            return (null, "To end a line, end it on a date (endRelationship), so that the graph knows when it stopped holding.");
        }

        if (line.Status == RelationshipStatus.Ended)
        {
            return (null, $"Relationship '{line.Id}' ended on {line.ValidTo:yyyy-MM-dd}; an ended line's status does not change.");
        }

        return line.Status == status
            ? (null, $"Relationship '{line.Id}' is already {GraphNames.ToWire(status)}.")
            : (line with { Status = status }, null);
    }

    private static WriteError? Change(IWriteWorkspace workspace, string id, long? expectedVersion, Func<Relationship, (Relationship? Next, string? Problem)> change)
    {
        if (workspace.Relationship(id) is not { } existing)
        {
            return new WriteError(0, "NOT_FOUND", $"Relationship '{id}' does not exist.", id);
        }

        if (expectedVersion is { } expected && existing.Version != expected)
        {
            return Conflict("Relationship", id, expected, existing.Version);
        }

        var (next, problem) = change(existing);
        if (next is null)
        {
            return Invalid(problem!);
        }

        workspace.PutRelationship(next with { Version = existing.Version + 1 });
        return null;
    }

    private static WriteError Invalid(string message) => new(0, "INVALID", message);

    private static WriteError Conflict(string what, string id, long expected, long actual) =>
        new(0, "CONFLICT", $"{what} '{id}' is at version {actual}, not the expected {expected}: it changed since you read it.", id, expected, actual);
}
