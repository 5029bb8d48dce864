using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed;

/// <summary>
/// Which kinds of entity each relationship type may join (from → to), as graph-seed/README.md describes
/// them; types not listed may join any kinds. The seed validator and the write API share these rules.
/// </summary>
public static class RelationshipRules
{
    private static readonly EntityKind[] Bodies = [EntityKind.Organisation, EntityKind.Board];

    private static readonly Dictionary<RelationshipType, (EntityKind[]? From, EntityKind[]? To)> Rules = new()
    {
        [RelationshipType.PlannedAt] = ([EntityKind.Service], [EntityKind.Area]),
        [RelationshipType.DeliveredAt] = ([EntityKind.Service], [EntityKind.Area]),
        [RelationshipType.TransfersTo] = ([EntityKind.Function], Bodies),
        [RelationshipType.HeldBy] = ([EntityKind.Function], Bodies),
        [RelationshipType.SucceededBy] = ([.. Bodies, EntityKind.Agreement], [.. Bodies, EntityKind.Agreement]),
        [RelationshipType.HoldsPost] = ([EntityKind.Person], null),
        [RelationshipType.SroFor] = ([EntityKind.Person], null),
        [RelationshipType.Chairs] = ([EntityKind.Person, EntityKind.Organisation], null),
        [RelationshipType.PartyTo] = (null, [EntityKind.Agreement]),
        [RelationshipType.Governs] = ([EntityKind.Agreement], null),
    };

    /// <summary>Organisation types that are alliances or partnerships: bodies whose members can hold a membership level.</summary>
    private static readonly string[] AllianceTypeWords = ["ALLIANCE", "PARTNERSHIP", "COLLABORATIVE"];

    /// <summary>Null when the line is allowed between these two entities with its dates in order, else why not.</summary>
    public static string? Check(Relationship relationship, Entity from, Entity to)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (CheckEnds(relationship, from, to) is { } broken)
        {
            return broken;
        }

        if (relationship.ValidFrom is { } start && relationship.ValidTo is { } end && end < start)
        {
            return $"validTo ({end:yyyy-MM-dd}) is before validFrom ({start:yyyy-MM-dd}).";
        }

        return null;
    }

    /// <summary>
    /// Null when the line is allowed between these two entities, else why not. Dates are not looked at: the seed
    /// validator reports them under their own rule (DATES_OUT_OF_ORDER).
    /// </summary>
    public static string? CheckEnds(Relationship relationship, Entity from, Entity to)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (Check(relationship, from.Kind, to.Kind) is { } broken)
        {
            return broken;
        }

        // A membership level (full, associate, affiliate) is a term of an alliance or a board's membership, not of
        // belonging to an ordinary organisation.
        if (relationship.Type == RelationshipType.MemberOf && relationship.MembershipLevel is not null && !IsAllianceOrBoard(to))
        {
            return $"MEMBER_OF has a membership level only towards a board or an alliance/partnership; {to.Id} is a {GraphNames.ToWire(to.Kind)}"
                + (to.Type is null ? "." : $" of type {to.Type}.");
        }

        return null;
    }

    private static bool IsAllianceOrBoard(Entity entity) =>
        entity.Kind == EntityKind.Board
        || (entity.Kind == EntityKind.Organisation && entity.Type is { } type && AllianceTypeWords.Any(w => type.Contains(w, StringComparison.Ordinal)));

    /// <summary>Null when the line is allowed between entities of these kinds, else why not.</summary>
    public static string? Check(Relationship relationship, EntityKind fromKind, EntityKind toKind)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var type = GraphNames.ToWire(relationship.Type);
        if (Rules.TryGetValue(relationship.Type, out var rule))
        {
            if (rule.From is { } from && !from.Contains(fromKind))
            {
                return $"{type} goes from {Names(from)}, not from {GraphNames.ToWire(fromKind)}.";
            }

            if (rule.To is { } to && !to.Contains(toKind))
            {
                return $"{type} goes to {Names(to)}, not to {GraphNames.ToWire(toKind)}.";
            }
        }

        if (relationship.MembershipLevel is not null && relationship.Type is not (RelationshipType.MemberOf or RelationshipType.PartyTo))
        {
            return $"membershipLevel belongs on MEMBER_OF or PARTY_TO lines, not {type}.";
        }

        if (relationship.Type is RelationshipType.PlannedAt or RelationshipType.DeliveredAt && relationship.Level is null)
        {
            return $"{type} needs the spatial level the service sits at.";
        }

        return null;
    }

    private static string Names(EntityKind[] kinds) => string.Join(" or ", kinds.Select(GraphNames.ToWire));
}
