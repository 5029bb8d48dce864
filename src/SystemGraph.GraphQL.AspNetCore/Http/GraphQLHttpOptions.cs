using Microsoft.AspNetCore.Http;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>Transport options (section <c>GraphQL:Http</c> in the host's configuration).</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest accepted POST body, in bytes (the document itself has its own, smaller limit in the engine).</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The host's say over one request's body limit, when some callers may send more than
    /// <see cref="MaxRequestBytes"/> (a signed-in planner bringing in a paper as base64, for example). Called after
    /// authentication, before the body is read; null: <see cref="MaxRequestBytes"/> for every request.
    /// </summary>
    public Func<HttpContext, int>? RequestBytesLimit { get; set; }

    /// <summary>The body limit for this request.</summary>
    public int MaxRequestBytesFor(HttpContext context) => RequestBytesLimit?.Invoke(context) ?? MaxRequestBytes;

    /// <summary>Serve GraphiQL to browsers that GET the endpoint asking for text/html.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Title of the GraphiQL page.</summary>
    public string GraphiQLTitle { get; set; } = "GraphiQL";

    /// <summary>
    /// The queries GraphiQL opens on, one tab each, when the browser has no tabs of its own saved (GraphiQL keeps a
    /// user's tabs in local storage). Empty: GraphiQL's own welcome text.
    /// </summary>
    public IList<string> GraphiQLDefaultTabs { get; } = [];
}
