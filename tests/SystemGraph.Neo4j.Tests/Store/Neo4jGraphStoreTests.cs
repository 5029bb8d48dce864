using System.Net;
using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;
using SystemGraph.Neo4j.Tests.Http;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>The store over recorded Query API exchanges: the requests it makes and how it reads the answers.</summary>
public sealed class Neo4jGraphStoreTests
{
    private const string Opened = """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"t9","expires":"2030-01-01T00:00:00Z"}}""";
    private const string Locked = """{"data":{"fields":["version","auditSeq","auditAt"],"values":[[1, 0, null]]},"bookmarks":[]}""";
    private const string NoRows = """{"data":{"fields":["entity"],"values":[]},"bookmarks":[]}""";

    [Fact]
    public async Task Relationships_of_a_batch_are_one_statement_grouped_by_entity_in_the_promised_order()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, """
            {"data":{"fields":["entityId","relationship"],"values":[
              ["b", {"id":"z","type":"MEMBER_OF","fromId":"a","toId":"b","status":"AGREED"}],
              ["b", {"id":"y","type":"ACCOUNTABLE_TO","fromId":"c","toId":"b","status":"PROPOSED"}],
              ["b", {"id":"y","type":"ACCOUNTABLE_TO","fromId":"c","toId":"b","status":"PROPOSED"}]
            ]},"bookmarks":[]}
            """);
        var store = Store(handler);

        var result = await store.GetRelationshipsOfAsync(["b", "c"], new RelationshipQuery(Direction.Inbound, AsOf: new DateOnly(2023, 1, 1)), CancellationToken.None);

        Assert.Equal(["y", "z"], result["b"].Select(r => r.Id));
        Assert.Empty(result["c"]);
        var body = Body(handler, 0);
        Assert.Equal(["b", "c"], body.GetProperty("parameters").GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2023-01-01", body.GetProperty("parameters").GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("parameters").GetProperty("types").ValueKind);
        Assert.Contains("<-[r]-", body.GetProperty("statement").GetString(), StringComparison.Ordinal);
        Assert.Equal("Read", body.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task A_page_reads_the_total_and_the_items()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, """
            {"data":{"fields":["total","items"],"values":[[12, [{"id":"bury","kind":"AREA","name":"Bury","level":"PLACE"}]]]},"bookmarks":[]}
            """);

        var page = await Store(handler).QueryEntitiesAsync(new EntityQuery { Offset = 3, Limit = 1 }, CancellationToken.None);

        Assert.Equal(12, page.TotalCount);
        Assert.Equal(SpatialLevel.Place, Assert.Single(page.Items).Level);
        var parameters = Body(handler, 0).GetProperty("parameters");
        Assert.Equal((3, 4), (parameters.GetProperty("skip").GetInt32(), parameters.GetProperty("end").GetInt32()));
    }

    [Fact]
    public async Task Search_sends_the_analysed_words_as_an_escaped_lucene_query_and_normalises_neo4j_scores()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, """
            {"data":{"fields":["entity","score"],"values":[
              [{"id":"gateshead-council","kind":"ORGANISATION","name":"Gateshead Council"}, 2.5],
              [{"id":"gateshead","kind":"AREA","name":"Gateshead"}, 5.0],
              [{"id":"elsewhere","kind":"AREA","name":"Elsewhere"}, 2.5]
            ]},"bookmarks":[]}
            """);

        var hits = await Store(handler).SearchAsync("GATESHEAD! name:*", new HashSet<EntityKind> { EntityKind.Area }, 5, CancellationToken.None);

        Assert.Equal([("gateshead", 100.0), ("elsewhere", 50.0), ("gateshead-council", 50.0)], hits.Select(h => (h.Entity.Id, h.Score)));
        var parameters = Body(handler, 0).GetProperty("parameters");
        Assert.Equal(
            "+((searchName:gateshead^1 searchName:gateshead*^0.45 searchName:gateshead~2^0.3 searchAliases:gateshead^0.8 searchAliases:gateshead*^0.36 searchAliases:gateshead~2^0.24 searchCode:gateshead^1 searchInitials:gateshead^0.6 searchDescription:gateshead^0.15)"
            + " (searchName:name^1 searchName:name*^0.45 searchName:name~1^0.3 searchAliases:name^0.8 searchAliases:name*^0.36 searchAliases:name~1^0.24 searchCode:name^1 searchInitials:name^0.6 searchDescription:name^0.15))"
            + " searchWholeName:gateshead\\|name^2 +kind:(AREA)",
            parameters.GetProperty("query").GetString());
        Assert.Equal(5, parameters.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Names_are_looked_up_in_one_statement_by_their_exact_words_and_only_exact_names_aliases_and_codes_are_kept()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, """
            {"data":{"fields":["entity"],"values":[
              [{"id":"gateshead-council","kind":"ORGANISATION","name":"Gateshead Council","aliases":["Gateshead MBC"]}],
              [{"id":"gateshead-mbc-trust","kind":"ORGANISATION","name":"Gateshead MBC Staff Trust"}],
              [{"id":"rtd","kind":"ORGANISATION","name":"Newcastle upon Tyne Hospitals NHS Foundation Trust","odsCode":"RTD"}]
            ]},"bookmarks":[]}
            """);

        var found = await Store(handler).FindByNamesAsync(["GATESHEAD  mbc", "rtd", "Gateshead MBC", "*:*"], CancellationToken.None);

        Assert.Equal(["gateshead-council", "rtd"], found.Select(e => e.Id));
        Assert.Single(handler.Requests);
        var parameters = Body(handler, 0).GetProperty("parameters");
        Assert.Equal(
            ["+(searchName:gateshead searchAliases:gateshead searchCode:gateshead) +(searchName:mbc searchAliases:mbc searchCode:mbc)", "+(searchName:rtd searchAliases:rtd searchCode:rtd)"],
            parameters.GetProperty("queries").EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public async Task Search_without_words_asks_nothing()
    {
        var handler = new RecordingHandler();

        var hits = await Store(handler).SearchAsync(" \t*:* ~ ( \u0007", null, 5, CancellationToken.None);

        Assert.Empty(hits);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_rejected_batch_is_rolled_back_and_the_version_stays()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.Accepted, Opened)
            .Respond(HttpStatusCode.Accepted, Locked)
            .Respond(HttpStatusCode.Accepted, NoRows)
            .Respond(HttpStatusCode.OK, "{}");
        var store = Store(handler);

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.SetRelationshipStatus("missing", RelationshipStatus.Agreed)]), CancellationToken.None);

        Assert.False(result.Committed);
        Assert.Equal(("NOT_FOUND", 1L), (Assert.Single(result.Errors).Code, result.Version));
        Assert.Equal(HttpMethod.Delete, handler.Requests[^1].Method);
        Assert.EndsWith("/query/v2/tx/t9", handler.Requests[^1].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain(handler.Requests, r => r.Uri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal(1, store.Version);
    }

    [Fact]
    public async Task A_committed_batch_writes_in_its_transaction_bumps_the_version_and_commits()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.Accepted, Opened)
            .Respond(HttpStatusCode.Accepted, Locked)
            .Respond(HttpStatusCode.Accepted, NoRows)
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""")
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":["version"],"values":[[2]]},"bookmarks":[]}""")
            .Respond(HttpStatusCode.OK, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:x"]}""");
        var store = Store(handler);

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(new Entity { Id = "p", Kind = EntityKind.Person, Name = "P" })]), CancellationToken.None);

        Assert.True(result.Committed);
        Assert.Equal(2, store.Version);
        Assert.All(handler.Requests.Skip(1), r => Assert.Contains("/query/v2/tx/t9", r.Uri.AbsolutePath, StringComparison.Ordinal));
        Assert.EndsWith("/commit", handler.Requests[^1].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("SET e = row.props, e:Person", Body(handler, 3).GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_stop_start_up_naming_the_server_and_user_but_never_the_password()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Unauthorized, RecordedBodies.Unauthorized);
        var store = Store(handler);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Contains("http://neo4j.test:7474/", error.Message, StringComparison.Ordinal);
        Assert.Contains("'neo4j'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_is_false_when_neo4j_fails_or_holds_no_graph()
    {
        var failing = Store(new RecordingHandler().Respond(HttpStatusCode.BadRequest, RecordedBodies.SyntaxError));
        var empty = Store(new RecordingHandler().Respond(HttpStatusCode.Accepted, """{"data":{"fields":["version"],"values":[[null]]},"bookmarks":[]}"""));
        var loaded = Store(new RecordingHandler().Respond(HttpStatusCode.Accepted, """{"data":{"fields":["version"],"values":[[5]]},"bookmarks":[]}"""));

        Assert.False(await failing.IsReadyAsync(CancellationToken.None));
        Assert.False(await empty.IsReadyAsync(CancellationToken.None));
        Assert.True(await loaded.IsReadyAsync(CancellationToken.None));
        Assert.Equal(5, loaded.Version);
    }

    [Fact]
    public async Task Stats_read_counts_and_the_version()
    {
        var store = Store(new RecordingHandler().Respond(HttpStatusCode.Accepted, StoreRecordedBodies.Stats));

        var stats = await store.GetStatsAsync(CancellationToken.None);

        Assert.Equal((6, 5, 1), (stats.Entities, stats.Relationships, stats.Documents));
        Assert.Equal(3, stats.ByKind[EntityKind.Organisation]);
        Assert.Equal(7, store.Version);
    }

    private static Neo4jGraphStore Store(RecordingHandler handler)
    {
        var options = new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), Password = "s3cret-pw", MaxRetries = 0 };
        return new Neo4jGraphStore(new Neo4jHttpClient(new HttpClient(handler), options), options);
    }

    private static JsonElement Body(RecordingHandler handler, int index) => JsonDocument.Parse(handler.Requests[index].Body!).RootElement;
}
