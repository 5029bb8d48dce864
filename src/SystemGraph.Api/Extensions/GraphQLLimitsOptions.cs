namespace SystemGraph.Api.Extensions;

/// <summary>
/// Request limits (configuration section <c>GraphQL:Limits</c>). Depth and cost are checked before a request
/// runs; the timeout while it runs; the rate limit per client address.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "GraphQL:Limits";

    /// <summary>Deepest field nesting (introspection not counted).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest estimated cost: each field once per item of every list around it; connections count their first / last (default 10).</summary>
    public double MaxCost { get; set; } = 100_000;

    /// <summary>
    /// Expensive requests (estimated cost at least <see cref="ExpensiveCost"/>) one client may have running at once; one
    /// more gets 429 with TOO_MANY_EXPENSIVE_REQUESTS. 0 turns the limit off.
    /// </summary>
    public int MaxConcurrentExpensivePerClient { get; set; } = 2;

    /// <summary>The estimated cost from which a request counts as expensive (the cost unit is about a microsecond of CPU).</summary>
    public double ExpensiveCost { get; set; } = 10_000;

    /// <summary>Items assumed for a list whose size the query does not give.</summary>
    public int AssumedListSize { get; set; } = 10;

    /// <summary>Longest execution of one request, in seconds.</summary>
    public double ExecutionTimeoutSeconds { get; set; } = 10;

    /// <summary>Largest document accepted, in bytes (checked before parsing).</summary>
    public int MaxDocumentBytes { get; set; } = 64 * 1024;

    /// <summary>Most validation errors reported for one document.</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>Requests per minute per client address; 0 turns rate limiting off.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Most ids one <c>nodes(ids:)</c> call takes.</summary>
    public int MaxNodeIds { get; set; } = 100;

    /// <summary>Items a connection returns when the query gives neither <c>first</c> nor <c>last</c> (also the cost analysis's assumption).</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest <c>first</c> / <c>last</c> a connection accepts (Hot Chocolate's MaxPageSize); larger gets PAGING_MAX_EXCEEDED.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Largest <c>search(first:)</c>.</summary>
    public int MaxSearchResults { get; set; } = 100;

    /// <summary>Longest <c>search(text:)</c> and <c>searchEvidence(text:)</c> in characters (a name or a phrase, not a document).</summary>
    public int MaxSearchTextLength { get; set; } = 500;
}
