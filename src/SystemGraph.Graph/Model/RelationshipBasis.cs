namespace SystemGraph.Graph.Model;

/// <summary>
/// Whether a line's quotes say it (both ends named, the kind of line and its status as the paper words them) or
/// we read it from the passage it cites (then the line carries a rationale in our words).
/// </summary>
public enum RelationshipBasis
{
    Stated,
    Inferred,
}
