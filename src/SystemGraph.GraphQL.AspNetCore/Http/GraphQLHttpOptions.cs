namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>Transport options (section <c>GraphQL:Http</c> in the host's configuration).</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest accepted POST body, in bytes (the document itself has its own, smaller limit in the engine).</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

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
