using System.Text.Encodings.Web;
using System.Text.Json;

namespace SystemGraph.GraphQL.AspNetCore.GraphiQL;

/// <summary>The HTML page that hosts GraphiQL; every script and style comes from this server.</summary>
internal static class GraphiQLPage
{
    /// <summary>Scripts and styles only from this origin; GraphiQL's CSS-in-JS needs inline styles.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

    public static string Render(string endpointPath, string assetsPath, string title, IEnumerable<string>? defaultTabs = null)
    {
        var endpoint = HtmlEncoder.Default.Encode(endpointPath);
        var assets = HtmlEncoder.Default.Encode(assetsPath.TrimEnd('/'));
        var pageTitle = HtmlEncoder.Default.Encode(title);
        // The tabs travel as JSON in a data attribute (read by start.js), so the page needs no inline script.
        var tabs = HtmlEncoder.Default.Encode(JsonSerializer.Serialize((defaultTabs ?? []).Select(q => new Dictionary<string, string> { ["query"] = q })));
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{pageTitle}}</title>
              <link rel="stylesheet" href="{{assets}}/graphiql.min.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql" data-endpoint="{{endpoint}}" data-default-tabs="{{tabs}}">Loading GraphiQL…</div>
              <script src="{{assets}}/react.production.min.js"></script>
              <script src="{{assets}}/react-dom.production.min.js"></script>
              <script src="{{assets}}/graphiql.min.js"></script>
              <script src="{{assets}}/start.js"></script>
            </body>
            </html>
            """;
    }
}
