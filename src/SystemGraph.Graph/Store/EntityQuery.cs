using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// A page of entities: optional kinds, an optional predicate (filters built by the API from <c>where</c>),
/// an order (by default name then id), and offset / limit. Stores that cannot run an arbitrary predicate
/// (Neo4j) translate the <see cref="Filter"/> tree instead.
/// </summary>
public sealed record EntityQuery
{
    public IReadOnlySet<EntityKind>? Kinds { get; init; }

    public EntityFilter? Filter { get; init; }

    public IReadOnlyList<SortField> Order { get; init; } = [];

    public int Offset { get; init; }

    public int Limit { get; init; } = int.MaxValue;
}

/// <summary>
/// One sort key: a property name (<c>name</c>, <c>validFrom</c>, ...) and its direction, read from the item
/// itself or, with <paramref name="Via"/>, from the entity reached by following the hops (a relationship's
/// <c>from</c>, an area's <c>parent</c>, a board's <c>chair</c>). Items where a hop finds nothing sort last.
/// </summary>
public sealed record SortField(string Property, bool Descending = false, IReadOnlyList<SortHop>? Via = null);

/// <summary>One step from a sorted item to the entity whose property is the sort key.</summary>
public abstract record SortHop
{
    /// <summary>From a relationship to the entity it starts from.</summary>
    public sealed record From : SortHop;

    /// <summary>From a relationship to the entity it points to.</summary>
    public sealed record To : SortHop;

    /// <summary>From an entity to the principal other end of its lines in scope (see <see cref="RelatedEnds"/>).</summary>
    public sealed record PrincipalEnd(RelationshipQuery Scope, EntityKind? Kind) : SortHop;
}

/// <summary>A page of results and the count of all that matched.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);
