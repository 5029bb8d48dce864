using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>Comparison operators of the filter language (Hot Chocolate's operation names, negations included).</summary>
public enum FilterOperator
{
    Eq,
    Neq,
    Contains,
    NotContains,
    StartsWith,
    NotStartsWith,
    EndsWith,
    NotEndsWith,
    In,
    NotIn,
    Gt,
    NotGt,
    Gte,
    NotGte,
    Lt,
    NotLt,
    Lte,
    NotLte,
}

/// <summary>How a condition applies to the elements of a list: some, all or none of them match; any: the list is not empty.</summary>
public enum ListQuantifier
{
    Some,
    All,
    None,
    Any,
}

/// <summary>
/// A filter over entities, as a tree a store can evaluate (embedded) or translate (Cypher). Properties are
/// named as in the API (<c>name</c>, <c>validFrom</c>, <c>organisationType</c> ...; see <see cref="GraphProperties"/>).
/// </summary>
public abstract record EntityFilter
{
    /// <summary>All parts match.</summary>
    public sealed record And(IReadOnlyList<EntityFilter> Parts) : EntityFilter;

    /// <summary>At least one part matches.</summary>
    public sealed record Or(IReadOnlyList<EntityFilter> Parts) : EntityFilter;

    /// <summary>A scalar property compared with a value (a list of values for In / NotIn).</summary>
    public sealed record Compare(string Property, FilterOperator Operator, object? Value) : EntityFilter;

    /// <summary>A list-of-strings property (aliases, deliverables) with a quantifier over an element comparison.</summary>
    public sealed record StringList(string Property, ListQuantifier Quantifier, FilterOperator Operator, string? Value) : EntityFilter;

    /// <summary>The entity's relationships (both directions): some / all / none match, or any exist.</summary>
    public sealed record Relationships(ListQuantifier Quantifier, RelationshipFilter? Filter) : EntityFilter;

    /// <summary>
    /// The entity's lines within a scope (direction, types, date, statuses): some / all / none match, or any
    /// exist. This is how list fields built from lines filter (<c>Board.members</c>, <c>Person.roles</c>).
    /// </summary>
    public sealed record Lines(RelationshipQuery Scope, ListQuantifier Quantifier, RelationshipFilter? Filter) : EntityFilter;

    /// <summary>
    /// The entities at the other end of the entity's lines within a scope (ended lines never count), optionally
    /// of one kind (see <see cref="RelatedEnds"/>). With a quantifier, a list field (<c>Organisation.areas</c>);
    /// without one, a single-valued field (<c>Area.parent</c>, <c>Board.chair</c>): its principal end must exist
    /// and match, as Hot Chocolate filters an object field.
    /// </summary>
    public sealed record Ends(RelationshipQuery Scope, EntityKind? Kind, ListQuantifier? Quantifier, EntityFilter? Filter) : EntityFilter;

    /// <summary>The entity's sources: some / all / none match, or any exist.</summary>
    public sealed record Sources(ListQuantifier Quantifier, SourceFilter? Filter) : EntityFilter;
}

/// <summary>A filter over relationships; <see cref="From"/> / <see cref="To"/> filter the entities at either end.</summary>
public abstract record RelationshipFilter
{
    public sealed record And(IReadOnlyList<RelationshipFilter> Parts) : RelationshipFilter;

    public sealed record Or(IReadOnlyList<RelationshipFilter> Parts) : RelationshipFilter;

    /// <summary>A scalar property of the relationship (<c>type</c>, <c>status</c>, <c>role</c>, <c>validFrom</c> ...).</summary>
    public sealed record Compare(string Property, FilterOperator Operator, object? Value) : RelationshipFilter;

    public sealed record From(EntityFilter Filter) : RelationshipFilter;

    public sealed record To(EntityFilter Filter) : RelationshipFilter;

    /// <summary>The relationship's sources: some / all / none match, or any exist.</summary>
    public sealed record Sources(ListQuantifier Quantifier, SourceFilter? Filter) : RelationshipFilter;
}
