using System.Net;
using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Traversals;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Tests.Http;
using SystemGraph.Neo4j.Tests.Store;
using SystemGraph.Neo4j.Traversals;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.Neo4j.Tests.Traversals;

/// <summary>Neo4j's allShortestPaths behind the traversal's shape: the request, the mapping, and (with a server) the same answers.</summary>
[Collection(Neo4jTestServer.Collection)]
public sealed class CypherShortestPathsTests
{
    private const string TwoHopPath = """
        {"data":{"fields":["nodes","lines"],"values":[[
          [{"id":"s","kind":"BOARD","name":"S"},{"id":"m1","kind":"BOARD","name":"M1"},{"id":"t","kind":"BOARD","name":"T"}],
          [{"id":"s.member-of.m1","type":"MEMBER_OF","fromId":"s","toId":"m1","status":"AGREED"},
           {"id":"t.member-of.m1","type":"MEMBER_OF","fromId":"t","toId":"m1","status":"AGREED"}]
        ]]},"bookmarks":[]}
        """;

    [Fact]
    public async Task One_statement_per_depth_with_the_values_as_parameters_and_steps_in_walking_order()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, TwoHopPath).Respond(HttpStatusCode.Accepted, TwoHopPath);
        var paths = new CypherShortestPaths(Client(handler));

        var found = await paths.FindAsync("s", "t", new HashSet<RelationshipType> { RelationshipType.MemberOf }, 3, new DateOnly(2024, 1, 1), CancellationToken.None);
        await paths.FindAsync("s", "t", null, 99, null, CancellationToken.None);

        var path = Assert.Single(found);
        Assert.Equal([("s", "m1"), ("m1", "t")], path.Steps.Select(s => (s.From.Id, s.To.Id)));
        Assert.Equal("t.member-of.m1", path.Steps[1].Relationship.Id);
        using var first = JsonDocument.Parse(handler.Requests[0].Body!);
        using var second = JsonDocument.Parse(handler.Requests[1].Body!);
        Assert.Contains("[*..3]", first.RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
        Assert.Contains("[*..15]", second.RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
        Assert.Equal(["MEMBER_OF"], first.RootElement.GetProperty("parameters").GetProperty("types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2024-01-01", first.RootElement.GetProperty("parameters").GetProperty("asOf").GetString());
        Assert.DoesNotContain("\"s\"", first.RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stated_only_and_evidenced_since_are_parameters_of_the_path_predicate()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, TwoHopPath);

        await new CypherShortestPaths(Client(handler)).FindAsync("s", "t", null, 3, null, CancellationToken.None, evidence: new EvidenceFilter(false, new DateOnly(2021, 6, 7)));

        using var request = JsonDocument.Parse(handler.Requests[0].Body!);
        var statement = request.RootElement.GetProperty("statement").GetString()!;
        var parameters = request.RootElement.GetProperty("parameters");
        Assert.Contains("AND (NOT $statedOnly OR coalesce(r.basis, 'STATED') = 'STATED')", statement, StringComparison.Ordinal);
        Assert.Contains("AND ($evidencedSince IS NULL OR (r.lastEvidencedOn IS NOT NULL AND r.lastEvidencedOn >= $evidencedSince))", statement, StringComparison.Ordinal);
        Assert.True(parameters.GetProperty("statedOnly").GetBoolean());
        Assert.Equal("2021-06-07", parameters.GetProperty("evidencedSince").GetString());
    }

    [SkippableFact]
    public async Task With_a_server_it_finds_the_paths_the_traversal_finds()
    {
        var store = await Neo4jTestServer.EmptyStoreAsync();
        await store.LoadAsync([.. new[] { "s", "m1", "m2", "t", "far" }.Select(id => Board(id)), Document()], [
            Line("s", RelationshipType.MemberOf, "m1"), Line("t", RelationshipType.MemberOf, "m1"),
            Line("m2", RelationshipType.Oversees, "s"), Line("m2", RelationshipType.Oversees, "t"),
            Line("s", RelationshipType.AccountableTo, "far"), Line("far", RelationshipType.AccountableTo, "t"),
            Line("s", RelationshipType.Chairs, "t", RelationshipStatus.Ended, validTo: new DateOnly(2020, 1, 1)),
        ], CancellationToken.None);
        var cypher = new CypherShortestPaths(Neo4jTestServer.Client());

        foreach (var (via, asOf) in new (IReadOnlySet<RelationshipType>?, DateOnly?)[]
        {
            (null, null), (new HashSet<RelationshipType> { RelationshipType.AccountableTo }, null), (null, new DateOnly(2019, 1, 1)),
        })
        {
            var expected = await ConnectionTraversal.ShortestPathsAsync(store, "s", "t", via, 6, asOf, CancellationToken.None);
            var actual = await cypher.FindAsync("s", "t", via, 6, asOf, CancellationToken.None);

            Assert.Equal(Ids(expected), Ids(actual));
        }
    }

    private static IEnumerable<string> Ids(IReadOnlyList<GraphPath> paths) =>
        paths.Select(p => string.Join(" > ", p.Steps.Select(s => $"{s.From.Id}-{s.Relationship.Id}-{s.To.Id}")));

    private static Neo4jHttpClient Client(RecordingHandler handler) =>
        new(new HttpClient(handler), new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), MaxRetries = 0 });
}
