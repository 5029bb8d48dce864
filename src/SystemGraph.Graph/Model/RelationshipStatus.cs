namespace SystemGraph.Graph.Model;

/// <summary>How firm a fact is, as the source document states it.</summary>
public enum RelationshipStatus
{
    Proposed,
    Draft,
    Agreed,
    InForce,
    Ended,
}
