namespace SystemGraph.Graph.Model;

/// <summary>Spatial levels of the health and care system, smallest first.</summary>
public enum SpatialLevel
{
    Neighbourhood,
    Place,
    System,
    Region,
    National,
}
