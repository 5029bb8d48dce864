using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Tests.Http;

/// <summary>One client span per Query API request, named after what it does, with no statement text or parameter in it.</summary>
public sealed class Neo4jRequestTracingTests : IDisposable
{
    private const string Database = "traced-db";

    private readonly ConcurrentQueue<Activity> spans = new();
    private readonly ActivityListener listener;

    public Neo4jRequestTracingTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Neo4jHttpClient.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // Other tests in this assembly run in parallel against other databases: keep this test's spans only.
                if ((string?)activity.GetTagItem("db.namespace") == Database)
                {
                    spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public void Dispose() => listener.Dispose();

    [Fact]
    public async Task Each_request_is_a_client_span_with_the_database_and_no_statement_text()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.Accepted, RecordedBodies.NodeResult)
            .Respond(HttpStatusCode.BadRequest, RecordedBodies.SyntaxError);
        var client = new Neo4jHttpClient(new HttpClient(handler), new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474/"), Database = Database, MaxRetries = 0 });
        var statement = new CypherStatement("MATCH (e:Entity {id: $id}) RETURN e", new Dictionary<string, object?> { ["id"] = "secret-id" });

        await client.RunAsync(statement, AccessMode.Read, CancellationToken.None);
        await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(statement, AccessMode.Read, CancellationToken.None));

        Assert.Equal(2, spans.Count);
        var (ok, failed) = (spans.First(), spans.Last());
        Assert.All(spans, span =>
        {
            Assert.Equal("QUERY " + Database, span.DisplayName);
            Assert.Equal(ActivityKind.Client, span.Kind);
            Assert.Equal("neo4j", span.GetTagItem("db.system.name"));
            Assert.Equal("neo4j.test", span.GetTagItem("server.address"));
            Assert.DoesNotContain(span.TagObjects, tag => tag.Value is string text && (text.Contains("MATCH", StringComparison.Ordinal) || text.Contains("secret-id", StringComparison.Ordinal)));
        });
        Assert.Equal(1, ok.GetTagItem("db.response.returned_rows"));
        Assert.Equal(ActivityStatusCode.Unset, ok.Status);
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", failed.GetTagItem("db.response.status_code"));
    }
}
