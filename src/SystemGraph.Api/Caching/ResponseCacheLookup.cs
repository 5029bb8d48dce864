namespace SystemGraph.Api.Caching;

/// <summary>
/// The response cache's state for one request (a typed request feature), handed from the lookup step to the store step:
/// the canonical variables, and the key once known.
/// </summary>
internal sealed class ResponseCacheLookup(string variables)
{
    public string Variables { get; } = variables;

    /// <summary>The cache key, once the document's shape is known to be cacheable (and the entry was missing).</summary>
    public string? Key { get; set; }
}
