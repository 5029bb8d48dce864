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

/// <summary>One sort key: a property name of the entity (<c>name</c>, <c>validFrom</c>, ...) and its direction.</summary>
public sealed record SortField(string Property, bool Descending = false);

/// <summary>A page of results and the count of all that matched.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);
