namespace SystemGraph.Graph.Store;

/// <summary>Which lines of an entity to follow: those it starts (outbound), those it ends (inbound), or both.</summary>
public enum Direction
{
    Outbound,
    Inbound,
    Both,
}
