using Microsoft.AspNetCore.Http;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// An optional response cache the endpoint consults for every well-formed request (register one in DI). A
/// lookup says whether the request may be cached at all (<see cref="GraphQLCacheLookup.Key"/>), and returns
/// the stored response on a hit; after executing a miss the endpoint offers the encoded response back.
/// Implementations must never fail a request: a cache that cannot answer reports a miss.
/// </summary>
public interface IGraphQLResponseCache
{
    ValueTask<GraphQLCacheLookup> LookupAsync(HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken);

    /// <summary>Offers an executed response for <paramref name="lookup"/>; the cache decides (no errors, a query) whether to keep it.</summary>
    ValueTask StoreAsync(GraphQLCacheLookup lookup, ExecutionResult result, ReadOnlyMemory<byte> body, string etag, CancellationToken cancellationToken);
}

/// <summary>The outcome of a cache lookup.</summary>
/// <param name="Key">The cache key, or null when the request must not be cached (mutations, time-dependent fields).</param>
/// <param name="Body">The stored response on a hit.</param>
/// <param name="ETag">The stored response's entity tag on a hit.</param>
public sealed record GraphQLCacheLookup(string? Key, ReadOnlyMemory<byte>? Body = null, string? ETag = null)
{
    public static GraphQLCacheLookup Bypass { get; } = new((string?)null);

    public bool IsHit => Body is not null;

    /// <summary>HIT, MISS or BYPASS, for the X-Cache header and the logs.</summary>
    public string Status => IsHit ? "HIT" : Key is null ? "BYPASS" : "MISS";
}
