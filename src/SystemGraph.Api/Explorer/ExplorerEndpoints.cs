using Microsoft.Net.Http.Headers;

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

    private static async Task ServeAsync(HttpContext context, string file)
    {
        // Only the embedded files: a name is looked up, never turned into a path.
        if (!ExplorerAssets.TryGet(file, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.Headers[HeaderNames.ETag] = asset.ETag;
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        if (asset.Name.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        }

        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Content.Length;
        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted).ConfigureAwait(false);
    }
}
