using System.Net;
using System.Text.Json;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;
using SystemGraph.Neo4j.Tests.Http;

namespace SystemGraph.Neo4j.Tests.Traversals;

/// <summary>
/// Accountability chains as one Cypher statement: the request (depth in the pattern, every value a parameter), the
/// mapping of rows to the traversal's shape, and the apex / truncation flags. With a server, the shared traversal
/// conformance suite runs the chains through this path (the store is an <see cref="IPathFinder"/>).
/// </summary>
public sealed class CypherAccountabilityPathsTests
{
    private const string Root = """
        {"data":{"fields":["entity"],"values":[[{"id":"idc","kind":"BOARD","name":"IDC"}]]},"bookmarks":[]}
        """;

    private const string NoEntity = """
        {"data":{"fields":["entity"],"values":[]},"bookmarks":[]}
        """;

    private const string TwoPaths = """
        {"data":{"fields":["nodes","lines","endIsApex","cut"],"values":[
          [[{"id":"idc","kind":"BOARD","name":"IDC"},{"id":"locality","kind":"BOARD","name":"Locality"}],
           [{"id":"idc.accountable-to.locality","type":"ACCOUNTABLE_TO","fromId":"idc","toId":"locality","status":"PROPOSED"}], true, false],
          [[{"id":"idc","kind":"BOARD","name":"IDC"},{"id":"council","kind":"ORGANISATION","name":"Council"},{"id":"icb","kind":"ORGANISATION","name":"ICB"}],
           [{"id":"idc.reports-to.council","type":"REPORTS_TO","fromId":"idc","toId":"council","status":"AGREED"},
            {"id":"council.accountable-to.icb","type":"ACCOUNTABLE_TO","fromId":"council","toId":"icb","status":"AGREED"}], false, true]
        ]},"bookmarks":[]}
        """;

    private const string NoPaths = """
        {"data":{"fields":["nodes","lines","endIsApex","cut"],"values":[]},"bookmarks":[]}
        """;

    private const string NoSteps = """
        {"data":{"fields":["steps"],"values":[[0]]},"bookmarks":[]}
        """;

    [Fact]
    public async Task One_statement_returns_the_chain_in_the_traversals_shape()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, Root).Respond(HttpStatusCode.Accepted, TwoPaths);
        var store = Store(handler);

        var chain = await AccountabilityChainTraversal.UpwardAsync(store, "idc", new ChainOptions(new DateOnly(2022, 7, 1), 2, IncludeProposed: false), CancellationToken.None);

        Assert.NotNull(chain);
        Assert.Equal(["idc.accountable-to.locality", "idc.reports-to.council/council.accountable-to.icb"],
            chain.Paths.Select(p => string.Join('/', p.Steps.Select(s => s.Relationship.Id))));
        Assert.Equal(["locality"], chain.Apexes.Select(a => a.Id));
        Assert.True(chain.Truncated);
        Assert.Equal(["idc", "locality", "council", "icb"], chain.Graph.Nodes.Select(n => n.Id));
        Assert.Equal(2, handler.Requests.Count);
        using var request = JsonDocument.Parse(handler.Requests[1].Body!);
        var statement = request.RootElement.GetProperty("statement").GetString()!;
        var parameters = request.RootElement.GetProperty("parameters");
        Assert.Contains("*1..2]->(tail)", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("idc", statement, StringComparison.Ordinal);
        Assert.Equal("idc", parameters.GetProperty("root").GetString());
        Assert.Equal("2022-07-01", parameters.GetProperty("asOf").GetString());
        Assert.True(parameters.GetProperty("firmOnly").GetBoolean());
        Assert.Equal(2, parameters.GetProperty("maxDepth").GetInt32());
    }

    [Fact]
    public async Task Downward_reverses_the_pattern_and_a_root_with_no_line_is_its_own_apex()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, Root).Respond(HttpStatusCode.Accepted, NoPaths).Respond(HttpStatusCode.Accepted, NoSteps);

        var chain = await AccountabilityChainTraversal.DownwardAsync(Store(handler), "idc", new ChainOptions(), CancellationToken.None);

        Assert.NotNull(chain);
        Assert.Empty(chain.Paths);
        Assert.Equal(["idc"], chain.Apexes.Select(a => a.Id));
        Assert.False(chain.Truncated);
        using var request = JsonDocument.Parse(handler.Requests[1].Body!);
        Assert.Contains("(root)<-[:ACCOUNTABLE_TO|REPORTS_TO|HELD_TO_ACCOUNT_BY*1..12]-(tail)", request.RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stated_only_and_evidenced_since_are_predicates_of_the_pattern_with_their_values_as_parameters()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, Root).Respond(HttpStatusCode.Accepted, TwoPaths)
            .Respond(HttpStatusCode.Accepted, Root).Respond(HttpStatusCode.Accepted, TwoPaths);
        var store = Store(handler);

        await AccountabilityChainTraversal.UpwardAsync(store, "idc", new ChainOptions(Evidence: new EvidenceFilter(IncludeInferred: false, EvidencedSince: new DateOnly(2020, 1, 1))), CancellationToken.None);
        await AccountabilityChainTraversal.UpwardAsync(store, "idc", new ChainOptions(), CancellationToken.None);

        using var evidence = JsonDocument.Parse(handler.Requests[1].Body!);
        using var all = JsonDocument.Parse(handler.Requests[3].Body!);
        var statement = evidence.RootElement.GetProperty("statement").GetString()!;
        Assert.Contains("AND (NOT $statedOnly OR coalesce(r.basis, 'STATED') = 'STATED')", statement, StringComparison.Ordinal);
        Assert.Contains("AND ($evidencedSince IS NULL OR (r.lastEvidencedOn IS NOT NULL AND r.lastEvidencedOn >= $evidencedSince))", statement, StringComparison.Ordinal);
        // The end's onward steps are judged by the same rule, so a stated-only chain ends where stated lines end.
        Assert.Contains("(NOT $statedOnly OR coalesce(s.basis, 'STATED') = 'STATED')", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("2020-01-01", statement, StringComparison.Ordinal);
        Assert.True(evidence.RootElement.GetProperty("parameters").GetProperty("statedOnly").GetBoolean());
        Assert.Equal("2020-01-01", evidence.RootElement.GetProperty("parameters").GetProperty("evidencedSince").GetString());
        Assert.Equal(statement, all.RootElement.GetProperty("statement").GetString());
        Assert.False(all.RootElement.GetProperty("parameters").GetProperty("statedOnly").GetBoolean());
        Assert.Equal(JsonValueKind.Null, all.RootElement.GetProperty("parameters").GetProperty("evidencedSince").ValueKind);
    }

    [Fact]
    public async Task An_unknown_root_is_null_after_one_request()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, NoEntity);

        var chain = await AccountabilityChainTraversal.UpwardAsync(Store(handler), "nobody", new ChainOptions(), CancellationToken.None);

        Assert.Null(chain);
        Assert.Single(handler.Requests);
    }

    private static Neo4jGraphStore Store(RecordingHandler handler)
    {
        var options = new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), MaxRetries = 0 };
        return new Neo4jGraphStore(new Neo4jHttpClient(new HttpClient(handler), options), options);
    }
}
