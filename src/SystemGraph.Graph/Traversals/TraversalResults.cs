using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Traversals;

/// <summary>One hop: the line and the entities at its ends, in the direction walked.</summary>
public sealed record PathStep(Entity From, Relationship Relationship, Entity To);

/// <summary>A walk through the graph, hop by hop.</summary>
public sealed record GraphPath(IReadOnlyList<PathStep> Steps)
{
    public int Length => Steps.Count;
}

/// <summary>A set of entities and the lines between them, ready to draw.</summary>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Edges);

/// <summary>
/// An accountability chain from <see cref="Root"/>: every simple path (shortest first), their union, the
/// apexes where paths end, and whether a limit (depth, path count) cut anything short.
/// </summary>
public sealed record AccountabilityChain(Entity Root, IReadOnlyList<GraphPath> Paths, Subgraph Graph, IReadOnlyList<Entity> Apexes, bool Truncated);

/// <summary>A flat org chart: nodes with parent ids (d3-stratify shape), plus the links that are not tree edges.</summary>
public sealed record OrgChart(Entity Root, IReadOnlyList<OrgChartNode> Nodes, IReadOnlyList<Relationship> Edges, bool Truncated);

/// <summary>A node of the chart: its parent, depth, the line to its parent, and how many children it has in the chart.</summary>
public sealed record OrgChartNode(Entity Entity, string? ParentId, int Depth, Relationship? Via, int ChildCount);

/// <summary>Planning or delivery of a service at a spatial level, in a system, on a source's word.</summary>
public sealed record ServiceLevelAssignment(Entity Service, PlanningMode Mode, SpatialLevel Level, Entity? System, IReadOnlyList<SourceRef> Sources);

/// <summary>Whether a service is planned or delivered at a level.</summary>
public enum PlanningMode
{
    Planning,
    Delivery,
}

/// <summary>A function moving from its holder to a successor.</summary>
public sealed record FunctionTransfer(Entity Function, Entity From, Entity To, RelationshipStatus Status, DateOnly? EffectiveFrom, Relationship Relationship, IReadOnlyList<SourceRef> Sources);

/// <summary>What happens to a CCG: when it ceased, its successors, and where its functions go.</summary>
public sealed record CcgTransition(Entity Ccg, DateOnly? CeasedOn, IReadOnlyList<Entity> Successors, IReadOnlyList<FunctionTransfer> Transfers);
