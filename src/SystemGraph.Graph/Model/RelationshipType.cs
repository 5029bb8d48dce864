namespace SystemGraph.Graph.Model;

/// <summary>
/// The typed lines of the graph (the contract's <c>RelationshipType</c>, plus <see cref="HeldBy"/>).
/// Directions are documented in graph-seed/README.md.
/// </summary>
public enum RelationshipType
{
    AccountableTo,
    ReportsTo,
    HeldToAccountBy,
    MemberOf,
    Chairs,
    HoldsPost,
    SroFor,
    Leads,
    PartOf,
    Covers,
    Oversees,
    Delivers,
    Commissions,
    Hosts,
    Funds,
    PartyTo,
    Governs,
    PlannedAt,
    DeliveredAt,
    TransfersTo,
    SucceededBy,

    /// <summary>Function → the body holding it (added to the contract's list: a function's holder before it moves).</summary>
    HeldBy,
}
