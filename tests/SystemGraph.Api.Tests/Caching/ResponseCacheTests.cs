using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SystemGraph.Graph.Store;
using static SystemGraph.Api.Tests.Caching.CacheHttp;

namespace SystemGraph.Api.Tests.Caching;

/// <summary>The response cache in memory (the default): hits, misses, invalidation by a write, what is never cached, ETags.</summary>
public sealed class ResponseCacheTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_repeated_query_is_a_hit_with_the_same_answer_whatever_its_whitespace()
    {
        var first = await PostAsync(client, "{ entity(id: \"bury-council\") { id name kind } }");
        var second = await PostAsync(client, "{ entity(id: \"bury-council\") { id name kind } }");
        var reformatted = await PostAsync(client, "query {\n  entity(id: \"bury-council\") {\n    id, name, kind\n  }\n}");

        Assert.Equal("MISS", first.Cache);
        Assert.Equal("HIT", second.Cache);
        Assert.Equal(first.Body.ToJsonString(), second.Body.ToJsonString());
        Assert.Equal("HIT", reformatted.Cache);
    }

    [Fact]
    public async Task A_committed_write_retires_every_cached_answer()
    {
        const string query = "{ entity(id: \"bury\") { name } }";
        await PostAsync(client, query);
        Assert.Equal("HIT", (await PostAsync(client, query)).Cache);

        var store = factory.Services.GetRequiredService<IGraphStore>();
        var bury = (await store.GetEntitiesAsync(["bury"], CancellationToken.None))[0]!;
        var written = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(bury with { Description = "Updated by the cache test" })]), CancellationToken.None);
        Assert.True(written.Committed);

        var after = await PostAsync(client, query);
        Assert.Equal("MISS", after.Cache);
        Assert.Equal("HIT", (await PostAsync(client, query)).Cache);
    }

    [Fact]
    public async Task Responses_with_errors_are_never_stored()
    {
        const string query = "{ accountabilityChain(from: \"no-such-body-for-cache\") { truncated } }";

        var first = await PostAsync(client, query);
        var second = await PostAsync(client, query);

        Assert.Equal("NOT_FOUND", first.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("MISS", second.Cache);
    }

    [Theory]
    [InlineData("{ boards(first: 3) { nodes { id chair { name } } } }")]
    [InlineData("{ boards(where: { chair: { name: { startsWith: \"S\" } } }) { totalCount } }")]
    [InlineData("{ entities(first: 2) { nodes { ... on Function { heldBy { id } } } } }")]
    public async Task Fields_that_default_to_today_bypass_the_cache(string query)
    {
        var first = await PostAsync(client, query);
        var second = await PostAsync(client, query);

        Assert.Null(first.Body["errors"]);
        Assert.Equal("BYPASS", second.Cache);
    }

    [Fact]
    public async Task A_time_dependent_field_with_an_explicit_date_is_cached()
    {
        const string query = "{ entities(first: 2) { nodes { ... on Function { heldBy(asOf: \"2022-07-01\") { id } } } } }";
        await PostAsync(client, query);

        Assert.Equal("HIT", (await PostAsync(client, query)).Cache);
    }

    [Fact]
    public async Task Variables_are_part_of_the_key_in_any_key_order()
    {
        const string query = "query($id: ID!, $asOf: Date) { entity(id: $id) { id relationships(asOf: $asOf) { id } } }";
        using var a = await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json("""{"query":"QUERY","variables":{"id":"bury","asOf":"2022-01-01"}}""".Replace("QUERY", query.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal)));
        using var b = await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json("""{"query":"QUERY","variables":{"asOf":"2022-01-01","id":"bury"}}""".Replace("QUERY", query.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal)));
        using var c = await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json("""{"query":"QUERY","variables":{"asOf":"2022-01-01","id":"bury-council"}}""".Replace("QUERY", query.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal)));

        Assert.Equal("MISS", Header(a));
        Assert.Equal("HIT", Header(b));
        Assert.Equal("MISS", Header(c));
    }

    [Fact]
    public async Task Get_responses_carry_an_etag_and_if_none_match_gets_304()
    {
        var uri = new Uri("/graphql?query=" + Uri.EscapeDataString("{ entity(id: \"gateshead\") { id name } }"), UriKind.Relative);
        using var first = await client.GetAsync(uri);
        var etag = first.Headers.ETag!.Tag;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, uri);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var notModified = await client.SendAsync(conditional);
        using var stale = new HttpRequestMessage(HttpMethod.Get, uri);
        stale.Headers.TryAddWithoutValidation("If-None-Match", "\"something-else\"");
        using var changed = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("gateshead", JsonNode.Parse(await changed.Content.ReadAsStringAsync())!["data"]!["entity"]!["id"]!.GetValue<string>());
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
