using System.Text;

namespace SystemGraph.GraphQL.AspNetCore.GraphiQL;

/// <summary>
/// Our script that mounts GraphiQL on the page. Kept out of the HTML so the page can run under a
/// Content-Security-Policy without 'unsafe-inline' scripts; the endpoint URL comes from a data attribute.
/// </summary>
internal static class GraphiQLStartScript
{
    public const string FileName = "start.js";

    public static readonly byte[] Bytes = Encoding.UTF8.GetBytes(
        """
        (function () {
          var container = document.getElementById('graphiql');
          var fetcher = GraphiQL.createFetcher({
            url: container.getAttribute('data-endpoint'),
            headers: { Accept: 'application/graphql-response+json, application/json' }
          });
          var tabs = JSON.parse(container.getAttribute('data-default-tabs') || '[]');
          var props = { fetcher: fetcher, defaultEditorToolsVisibility: true };
          if (tabs.length) { props.defaultTabs = tabs; props.defaultQuery = tabs[0].query; }
          ReactDOM.createRoot(container).render(React.createElement(GraphiQL, props));
        })();
        """);
}
