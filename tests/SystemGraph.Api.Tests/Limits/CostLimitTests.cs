using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SystemGraph.Api.Tests.GraphQL;

namespace SystemGraph.Api.Tests.Limits;

/// <summary>Cost that follows work (issue 22): traversals weigh what they do, so the alias attack is refused before it runs.</summary>
public sealed class CostLimitTests(BatchingTests.CountingFactory factory) : IClassFixture<BatchingTests.CountingFactory>
{
    private static string Aliased(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: accountabilityChain(from: \"bury-integrated-delivery-collaborative\") {{ truncated }}")) + " }";

    [Fact]
    public async Task Five_hundred_aliased_chains_are_refused_by_cost_under_the_default_limit_before_anything_runs()
    {
        using var client = factory.CreateClient();
        var counter = factory.Services.GetRequiredService<CountingGraphStore>();
        counter.Reset();

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = Aliased(500) });
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("MAX_COST_EXCEEDED", body.Code());
        Assert.Null(body["data"]);
        Assert.Equal(0, counter.Calls);
        // Each chain weighs 10 + 20 per hop of its default maxDepth of 12 (the @cost / @costPerArgument in the contract).
        Assert.Contains("estimated cost of 125500", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_few_aliased_chains_stay_under_the_default_limit_and_run()
    {
        using var client = factory.CreateClient();

        var data = await client.DataAsync(Aliased(20));

        Assert.Equal(20, data.AsObject().Count);
    }

    [Fact]
    public async Task A_chain_costs_more_the_deeper_it_may_go()
    {
        using var client = factory.CreateClient();

        // Deep enough chains, 400 of them at maxDepth 12, are over; at maxDepth 2 (10 + 40 each) they are well under.
        var deep = await client.PostAsync("{ " + string.Join(' ', Enumerable.Range(0, 400).Select(i => $"a{i}: accountabilityChain(from: \"bury\", maxDepth: 12) {{ truncated }}")) + " }");
        var shallow = await client.PostAsync("{ " + string.Join(' ', Enumerable.Range(0, 400).Select(i => $"a{i}: accountabilityChain(from: \"bury\", maxDepth: 2) {{ truncated }}")) + " }");

        Assert.Equal("MAX_COST_EXCEEDED", deep.Code());
        Assert.Null(shallow["errors"]);
    }
}
