namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// What the HTTP transport tells the pipeline's steps about a request (and what they may tell it back about the
/// response), as a typed feature on the request context: steps never see the HttpContext.
/// </summary>
public sealed class GraphQLHttpFeature(bool isGet, bool presentedCredentials, string? clientAddress = null)
{
    private Dictionary<string, string>? _responseHeaders;

    /// <summary>The request came as GET (only queries may run; its cached responses carry an entity tag).</summary>
    public bool IsGet { get; } = isGet;

    /// <summary>The request carried an Authorization header (whether or not it validated).</summary>
    public bool PresentedCredentials { get; } = presentedCredentials;

    /// <summary>The client's network address (the connection's remote address), for per-client limits; null when unknown.</summary>
    public string? ClientAddress { get; } = clientAddress;

    /// <summary>
    /// A status a step chose for its answer (e.g. 200 for an unknown persisted query, which Apollo clients retry with
    /// the text); null to let the transport choose by the GraphQL over HTTP rules.
    /// </summary>
    public int? StatusCode { get; set; }

    /// <summary>Headers a step adds to the response (e.g. X-Cache).</summary>
    public IDictionary<string, string> ResponseHeaders => _responseHeaders ??= new(StringComparer.OrdinalIgnoreCase);

    internal IReadOnlyDictionary<string, string>? ResponseHeadersIfAny => _responseHeaders;
}
