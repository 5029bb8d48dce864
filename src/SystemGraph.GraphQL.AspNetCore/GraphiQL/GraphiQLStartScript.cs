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
          var url = container.getAttribute('data-endpoint');
          var http = GraphiQL.createFetcher({
            url: url,
            headers: { Accept: 'application/graphql-response+json, application/json' }
          });

          // Is the operation to run a subscription? Comments and strings are dropped first; with an operation name,
          // that operation's keyword decides, else the first operation's.
          function isSubscription(params) {
            var text = (params.query || '').replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#[^\n]*/g, '');
            var name = params.operationName;
            var pattern = name ? new RegExp('\\bsubscription\\s+' + name + '\\b') : /^\s*subscription\b/;
            if (name) return pattern.test(text);
            var first = text.match(/^\s*(query|mutation|subscription|fragment|\{)/m);
            return !!first && first[1] === 'subscription';
          }

          // GraphQL over Server-Sent Events (graphql-sse, distinct connections mode): one POST per subscription,
          // its results read as "next" events until "complete"; stopping in GraphiQL closes the stream.
          async function* overSse(params, headers) {
            var abort = new AbortController();
            var merged = Object.assign({}, headers || {}, { 'Content-Type': 'application/json', Accept: 'text/event-stream' });
            var response = await fetch(url, { method: 'POST', headers: merged, body: JSON.stringify(params), signal: abort.signal });
            if (!response.ok) {
              yield await response.json();
              return;
            }
            var reader = response.body.getReader();
            var decoder = new TextDecoder();
            var buffered = '';
            try {
              for (;;) {
                var chunk = await reader.read();
                if (chunk.done) return;
                buffered += decoder.decode(chunk.value, { stream: true });
                var end;
                while ((end = buffered.indexOf('\n\n')) >= 0) {
                  var block = buffered.slice(0, end);
                  buffered = buffered.slice(end + 2);
                  var event = '', data = '';
                  block.split('\n').forEach(function (line) {
                    if (line.indexOf('event:') === 0) event = line.slice(6).trim();
                    else if (line.indexOf('data:') === 0) data += line.slice(5).trim();
                  });
                  if (event === 'complete') return;
                  if (event === 'next' && data) yield JSON.parse(data);
                }
              }
            } finally {
              abort.abort();
            }
          }

          function fetcher(params, options) {
            return isSubscription(params) ? overSse(params, options && options.headers) : http(params, options);
          }

          var tabs = JSON.parse(container.getAttribute('data-default-tabs') || '[]');
          var props = { fetcher: fetcher, defaultEditorToolsVisibility: true };
          if (tabs.length) { props.defaultTabs = tabs; props.defaultQuery = tabs[0].query; }
          ReactDOM.createRoot(container).render(React.createElement(GraphiQL, props));
        })();
        """);
}
