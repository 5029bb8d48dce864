using Microsoft.Net.Http.Headers;
using SystemGraph.GraphQL.AspNetCore.StaticFiles;

namespace SystemGraph.Api.Explorer;

/// <summary>
/// <c>GET /explore</c>: the explorer page; <c>GET /explore/{file}</c>: its script and styles. The page holds no data
/// (it asks /graphql like any client, under the same access rules), so it is served to anyone.
/// </summary>
internal static class ExplorerEndpoints
{
    /// <summary>Everything from this origin; blob: images for the PNG export (the chart's SVG drawn on a canvas).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/explore", (HttpContext context) => ServeAsync(context, "index.html"));
        endpoints.MapGet("/explore/{file}", (HttpContext context, string file) => ServeAsync(context, file));
        return endpoints;
    }

    /// <summary>The page's files (Explorer/dist, built by esbuild when the project builds and embedded under Explorer/).</summary>
    private static readonly EmbeddedAssets Assets = new(typeof(ExplorerEndpoints).Assembly, "Explorer/");

    // no-cache: the page changes with each build of the API, so browsers revalidate (cheaply, by ETag).
    private static Task ServeAsync(HttpContext context, string file) =>
        Assets.ServeAsync(context, file, "no-cache", static (response, asset) =>
        {
            if (asset.Name.EndsWith(".html", StringComparison.Ordinal))
            {
                response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            }
        });
}
