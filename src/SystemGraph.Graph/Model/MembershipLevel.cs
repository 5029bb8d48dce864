namespace SystemGraph.Graph.Model;

/// <summary>Levels of membership of an alliance or board (e.g. the Gateshead alliance's full / associate / affiliate).</summary>
public enum MembershipLevel
{
    Full,
    Associate,
    Affiliate,
}
