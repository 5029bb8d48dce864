using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Schema;

/// <summary>What an object field built from lines returns.</summary>
internal enum RelatedFieldShape
{
    /// <summary>One entity: the principal other end (<see cref="RelatedEnds"/>), or null.</summary>
    Entity,

    /// <summary>Every other end of the lines.</summary>
    EntityList,

    /// <summary>The lines themselves (a list of Relationship).</summary>
    Lines,

    /// <summary>PLANNED_AT / DELIVERED_AT lines read as ServiceLevelAssignment objects.</summary>
    ServiceLevels,
}

/// <summary>An object field of an entity type that follows the entity's lines of some types in one direction.</summary>
internal sealed record RelatedField(
    string Type,
    string Field,
    Direction Direction,
    IReadOnlySet<RelationshipType> Types,
    EntityKind? Kind,
    RelatedFieldShape Shape,
    bool AsOfToday = false)
{
    /// <summary>The lines the field follows; <paramref name="asOf"/> narrows them to a date.</summary>
    public RelationshipQuery Scope(DateOnly? asOf = null) =>
        new(Direction, Types, asOf ?? (AsOfToday ? DateOnly.FromDateTime(DateTime.UtcNow) : null));
}

/// <summary>
/// The one table of object fields that follow lines. The resolvers, the <c>where</c> filters and the
/// <c>order</c> sort keys all read it, so that <c>chair</c> in a filter means the same person the
/// <c>chair</c> field returns. Field names are unique across the entity types, so filters look them up by name.
/// </summary>
internal static class RelatedFields
{
    public static IReadOnlyList<RelatedField> All { get; } =
    [
        new("Organisation", "areas", Direction.Outbound, Types(RelationshipType.Covers), EntityKind.Area, RelatedFieldShape.EntityList),
        new("Board", "members", Direction.Inbound, Types(RelationshipType.MemberOf), null, RelatedFieldShape.Lines),
        // A board's chair is who chairs it today: a chair who stood down last year is not "the chair".
        new("Board", "chair", Direction.Inbound, Types(RelationshipType.Chairs), null, RelatedFieldShape.Entity, AsOfToday: true),
        new("Board", "area", Direction.Outbound, Types(RelationshipType.Covers), EntityKind.Area, RelatedFieldShape.Entity),
        new("Area", "parent", Direction.Outbound, Types(RelationshipType.PartOf), EntityKind.Area, RelatedFieldShape.Entity),
        new("Area", "children", Direction.Inbound, Types(RelationshipType.PartOf), EntityKind.Area, RelatedFieldShape.EntityList),
        new("Programme", "sro", Direction.Inbound, Types(RelationshipType.SroFor), EntityKind.Person, RelatedFieldShape.Entity),
        new("Programme", "leads", Direction.Inbound, Types(RelationshipType.Leads), EntityKind.Person, RelatedFieldShape.EntityList),
        new("Programme", "overseenBy", Direction.Inbound, Types(RelationshipType.Oversees), null, RelatedFieldShape.EntityList),
        new("Person", "roles", Direction.Outbound,
            Types(RelationshipType.HoldsPost, RelationshipType.Chairs, RelationshipType.SroFor, RelationshipType.Leads, RelationshipType.MemberOf), null, RelatedFieldShape.Lines),
        new("Service", "levels", Direction.Outbound, Types(RelationshipType.PlannedAt, RelationshipType.DeliveredAt), EntityKind.Area, RelatedFieldShape.ServiceLevels),
        new("Agreement", "parties", Direction.Inbound, Types(RelationshipType.PartyTo), null, RelatedFieldShape.Lines),
        new("Function", "transfers", Direction.Outbound, Types(RelationshipType.TransfersTo), null, RelatedFieldShape.Lines),
    ];

    private static readonly Dictionary<string, RelatedField> ByField = All.ToDictionary(f => f.Field, StringComparer.Ordinal);

    private static readonly Dictionary<string, RelatedField> ByCoordinate = All.ToDictionary(f => f.Type + "." + f.Field, StringComparer.Ordinal);

    /// <summary>The related field of this name on any entity type (filters and sort inputs).</summary>
    public static RelatedField? Named(string field) => ByField.GetValueOrDefault(field);

    /// <summary>The related field at <c>Type.field</c> (resolvers).</summary>
    public static RelatedField At(string type, string field) => ByCoordinate[type + "." + field];

    private static HashSet<RelationshipType> Types(params RelationshipType[] types) => [.. types];
}
