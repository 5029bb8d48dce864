using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace SystemGraph.Api.Tests.GraphQL;

/// <summary>The API's configured limits: depth, cost and the per-client rate limit, each refused with a code, never a 500.</summary>
public sealed class LimitsTests(LimitsTests.StrictFactory factory) : IClassFixture<LimitsTests.StrictFactory>
{
    [Fact]
    public async Task Deep_and_costly_queries_are_refused_with_codes()
    {
        using var client = factory.CreateClient();

        var deep = await client.PostAsync("""{ entity(id: "bury") { relationships { from { relationships { from { relationships { id } } } } } } }""");
        var costly = await client.PostAsync("{ entities(first: 50) { nodes { relationships { from { id } } } } }");

        Assert.Equal("MAX_DEPTH_EXCEEDED", deep.Code());
        Assert.Equal("MAX_COST_EXCEEDED", costly.Code());
    }

    [Fact]
    public async Task Clients_over_the_rate_limit_get_429_with_a_graphql_error()
    {
        using var client = factory.CreateClient();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 30 && refused is null; i++)
        {
            var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ graphStats { entities } }" });
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        refused.Dispose();
    }

    /// <summary>The API with tight limits.</summary>
    public sealed class StrictFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:MaxDepth", "5");
            builder.UseSetting("GraphQL:Limits:MaxCost", "1000");
            builder.UseSetting("GraphQL:Limits:RequestsPerMinute", "20");
        }
    }
}
