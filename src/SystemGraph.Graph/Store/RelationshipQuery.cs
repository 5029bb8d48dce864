using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Which relationships of an entity to return: direction, types (null: all), the date they must hold on
/// (null: any), and statuses (null: all).
/// </summary>
public sealed record RelationshipQuery(
    Direction Direction = Direction.Both,
    IReadOnlySet<RelationshipType>? Types = null,
    DateOnly? AsOf = null,
    IReadOnlySet<RelationshipStatus>? Statuses = null)
{
    public static RelationshipQuery All { get; } = new();

    public bool Matches(Relationship relationship, string entityId)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var outbound = string.Equals(relationship.FromId, entityId, StringComparison.Ordinal);
        var inbound = string.Equals(relationship.ToId, entityId, StringComparison.Ordinal);
        var directionOk = Direction switch
        {
            Direction.Outbound => outbound,
            Direction.Inbound => inbound,
            _ => outbound || inbound,
        };
        return directionOk
            && (Types is null || Types.Contains(relationship.Type))
            && (Statuses is null || Statuses.Contains(relationship.Status))
            && (AsOf is not { } date || relationship.IsValidOn(date));
    }
}
