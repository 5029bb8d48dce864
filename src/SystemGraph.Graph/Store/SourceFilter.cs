namespace SystemGraph.Graph.Store;

/// <summary>
/// A filter over one source reference (<see cref="Model.SourceRef"/>): its <c>section</c> and <c>quote</c>
/// (and <c>documentId</c>) compared with values, or the cited document filtered as an entity.
/// </summary>
public abstract record SourceFilter
{
    public sealed record And(IReadOnlyList<SourceFilter> Parts) : SourceFilter;

    public sealed record Or(IReadOnlyList<SourceFilter> Parts) : SourceFilter;

    /// <summary><c>section</c>, <c>quote</c> or <c>documentId</c> compared with a value.</summary>
    public sealed record Compare(string Property, FilterOperator Operator, object? Value) : SourceFilter;

    /// <summary>The cited document entity matches the filter (an unknown document never matches).</summary>
    public sealed record Document(EntityFilter Filter) : SourceFilter;
}
