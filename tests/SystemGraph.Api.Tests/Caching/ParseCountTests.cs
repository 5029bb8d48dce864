using Microsoft.Extensions.DependencyInjection;
using SystemGraph.GraphQL.Execution;
using static SystemGraph.Api.Tests.Caching.CacheHttp;

namespace SystemGraph.Api.Tests.Caching;

/// <summary>
/// A request is parsed at most once, and a response-cache hit by document hash is not parsed at all: pinned by the
/// engine's parse counter over real HTTP, with the response cache on (the default).
/// </summary>
public sealed class ParseCountTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private long Parsed => factory.Services.GetRequiredService<GraphQLRequestExecutor>().ParsedDocumentCount;

    [Fact]
    public async Task A_new_document_is_parsed_once_and_a_cache_hit_not_at_all()
    {
        const string query = "{ entity(id: \"bury-council\") { id kind parseCount: name } }";
        var before = Parsed;

        var first = await PostAsync(client, query);
        var afterFirst = Parsed;
        var second = await PostAsync(client, query);
        var afterSecond = Parsed;

        Assert.Equal("MISS", first.Cache);
        Assert.Equal(1, afterFirst - before);
        Assert.Equal("HIT", second.Cache);
        Assert.Equal(0, afterSecond - afterFirst);
    }

    [Fact]
    public async Task A_new_text_of_a_cached_document_is_parsed_once_to_find_its_entry_then_never()
    {
        await PostAsync(client, "{ entity(id: \"bury\") { id parseTwin: name } }");
        var before = Parsed;

        var reformatted = await PostAsync(client, "query {\n  entity(id: \"bury\") {\n    id, parseTwin: name\n  }\n}");
        var afterReformatted = Parsed;
        var again = await PostAsync(client, "query {\n  entity(id: \"bury\") {\n    id, parseTwin: name\n  }\n}");

        Assert.Equal("HIT", reformatted.Cache);
        Assert.Equal(1, afterReformatted - before);
        Assert.Equal("HIT", again.Cache);
        Assert.Equal(afterReformatted, Parsed);
    }

    [Fact]
    public async Task A_mutation_sent_twice_is_parsed_once()
    {
        const string query = "mutation { openScenario(input: { name: \"parse count\", reason: \"test\", evidence: [] }) { errors { __typename } } }";
        var before = Parsed;
        await PostAsync(client, query);
        await PostAsync(client, query);
        Assert.Equal(1, Parsed - before);
    }
}
