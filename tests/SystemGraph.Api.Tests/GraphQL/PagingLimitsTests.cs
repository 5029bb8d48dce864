using Microsoft.AspNetCore.Hosting;

namespace SystemGraph.Api.Tests.GraphQL;

/// <summary>The list limits under GraphQL:Limits (nodes ids, page sizes, search size) are read from configuration.</summary>
public sealed class PagingLimitsTests(PagingLimitsTests.SmallPagesFactory factory) : IClassFixture<PagingLimitsTests.SmallPagesFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Configured_page_sizes_apply_to_connections()
    {
        var data = await client.DataAsync("{ organisations { nodes { id } } boards(first: 4) { nodes { id } } }");
        var tooMany = await client.PostAsync("{ organisations(first: 5) { totalCount } }");

        Assert.Equal(2, data["organisations"]!["nodes"]!.AsArray().Count);
        Assert.Equal(4, data["boards"]!["nodes"]!.AsArray().Count);
        Assert.Equal("PAGING_MAX_EXCEEDED", tooMany.Code());
        Assert.Contains("maximum page size of 4", tooMany["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_nodes_and_search_limits_refuse_larger_requests()
    {
        var nodes = await client.PostAsync("""{ nodes(ids: ["bury", "bury-council", "nhs-bury-ccg", "gateshead"]) { id } }""");
        var search = await client.PostAsync("""{ search(text: "bury", first: 6) { score } }""");
        var allowed = await client.DataAsync("""{ nodes(ids: ["bury", "bury-council", "nhs-bury-ccg"]) { id } search(text: "bury", first: 5) { score } }""");

        Assert.Equal("INVALID_ARGUMENT", nodes.Code());
        Assert.Contains("at most 3 ids", nodes["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("INVALID_ARGUMENT", search.Code());
        Assert.Equal(3, allowed["nodes"]!.AsArray().Count);
    }

    public sealed class SmallPagesFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:MaxNodeIds", "3");
            builder.UseSetting("GraphQL:Limits:DefaultPageSize", "2");
            builder.UseSetting("GraphQL:Limits:MaxPageSize", "4");
            builder.UseSetting("GraphQL:Limits:MaxSearchResults", "5");
        }
    }
}
