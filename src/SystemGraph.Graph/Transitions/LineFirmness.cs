using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions;

/// <summary>How much weight a line can carry in a transition check: one place for the status and basis decisions.</summary>
public static class LineFirmness
{
    /// <summary>Agreed, in force, or ended (an ended line that held on the date was in force then).</summary>
    public static bool IsFirm(Relationship line) =>
        line.Status is RelationshipStatus.Agreed or RelationshipStatus.InForce or RelationshipStatus.Ended;

    /// <summary>Whether the line rests on our inference rather than a source's statement (its basis).</summary>
    public static bool IsInferred(Relationship line) => line.Basis == RelationshipBasis.Inferred;

    /// <summary>Holds on <paramref name="date"/>; with no date, any line holds (its dates cannot be compared).</summary>
    public static bool HoldsOn(Relationship line, DateOnly? date) => date is not { } d || line.IsValidOn(d);

    /// <summary>A statutory body: a legal-entity organisation (ICBs, trusts, councils, national bodies).</summary>
    public static bool IsStatutory(Entity entity) => entity.Kind == EntityKind.Organisation && entity.IsLegalEntity == true;
}
