namespace SystemGraph.Graph.Model;

/// <summary>The kinds of entity in the system graph (the contract's <c>EntityKind</c>).</summary>
public enum EntityKind
{
    Organisation,
    Board,
    Area,
    Programme,
    Person,
    Service,
    Agreement,
    Function,
    Document,
    Fund,
}
