using System.Net;
using System.Text;
using System.Text.Json;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>
/// A stand-in Neo4j for unit tests: answers the Query API (transactions, commits, rollbacks) and gives each
/// statement a plausible, empty-ish result so that every store operation runs to the end. Keeps every request body.
/// </summary>
internal sealed class ScriptedNeo4jHandler : HttpMessageHandler
{
    public List<string> Bodies { get; } = [];

    /// <summary>Every request: method, path, and the statement and parameters it carried (empty and undefined for tx control).</summary>
    public List<(HttpMethod Method, string Path, string Statement, JsonElement Parameters)> Requests { get; } = [];

    /// <summary>Rows returned for a statement containing the key (checked in order); the default is no rows.</summary>
    public List<(string Contains, string Fields, string Values)> Answers { get; } =
    [
        ("db.index.fulltext.queryNodes", """["entity"]""", "[]"),
        ("AS total, ", """["total","items"]""", "[[0, []]]"),
        ("AS total", """["total"]""", "[[0]]"),
        ("AS auditSeq", """["version","auditSeq","auditAt"]""", "[[1, 4, null]]"),
        ("AS version, relationships, kinds", """["version","relationships","kinds"]""", """[[1, 0, [{"kind":"BOARD","count":1}]]]"""),
        ("AS version", """["version"]""", "[[1]]"),
        ("AS hasEntities", """["hasEntities"]""", "[[false]]"),
        ("AS written", """["written"]""", "[[0]]"),
    ];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Bodies.Add(body);
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Delete)
        {
            Requests.Add((request.Method, path, string.Empty, default));
            return Json(HttpStatusCode.OK, "{}");
        }

        if (path.EndsWith("/tx", StringComparison.Ordinal))
        {
            Requests.Add((request.Method, path, string.Empty, default));
            return Json(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"tx1","expires":"2030-01-01T00:00:00Z"}}""");
        }

        if (path.EndsWith("/commit", StringComparison.Ordinal))
        {
            Requests.Add((request.Method, path, string.Empty, default));
            return Json(HttpStatusCode.OK, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:x"]}""");
        }

        var root = body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
        var statement = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("statement", out var text) ? text.GetString()! : string.Empty;
        Requests.Add((request.Method, path, statement, root.ValueKind == JsonValueKind.Object && root.TryGetProperty("parameters", out var p) ? p.Clone() : default));
        foreach (var (contains, fields, values) in Answers)
        {
            if (statement.Contains(contains, StringComparison.Ordinal))
            {
                return Json(HttpStatusCode.Accepted, $$"""{"data":{"fields":{{fields}},"values":{{values}}},"bookmarks":[]}""");
            }
        }

        return Json(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
