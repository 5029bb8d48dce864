using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Tests.GraphQL;

/// <summary>Resolvers load through DataLoaders: a wide query costs a bounded number of store calls (one per level), not one per entity.</summary>
public sealed class BatchingTests : IClassFixture<BatchingTests.CountingFactory>
{
    private readonly CountingFactory factory;

    public BatchingTests(CountingFactory factory) => this.factory = factory;

    [Fact]
    public async Task Fifty_organisations_with_lines_ends_and_sources_cost_one_store_call_per_level()
    {
        using var client = factory.CreateClient();
        await client.DataAsync("{ graphStats { entities } }");
        var counter = factory.Services.GetRequiredService<CountingGraphStore>();
        counter.Reset();

        var data = await client.DataAsync("""
            {
              entities(first: 50) {
                nodes {
                  id
                  relationships {
                    type
                    from { id name }
                    to { id name sources { section document { id file } } }
                    sources { quote document { file } }
                  }
                }
              }
            }
            """);

        Assert.Equal(50, data["entities"]!["nodes"]!.AsArray().Count);
        // Levels: the page (+ its count), the lines of the 50, the entities at both ends, the source documents.
        Assert.InRange(counter.Calls, 1, 8);
    }

    [Fact]
    public async Task Fifty_histories_cost_one_store_call()
    {
        using var client = factory.CreateClient();
        var token = SystemGraph.Api.Auth.DevelopmentTokens.Mint(new SystemGraph.Api.Auth.AuthOptions { SigningKey = CountingFactory.Key }, "rita", ["reader"], TimeSpan.FromMinutes(5));
        await client.DataAsync("{ graphStats { entities } }");
        var counter = factory.Services.GetRequiredService<CountingGraphStore>();
        counter.Reset();

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ entities(first: 50) { nodes { id history(first: 3) { author } } } }" }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Null(body["errors"]);
        Assert.Equal(50, body["data"]!["entities"]!["nodes"]!.AsArray().Count);
        // The page (and its count), then every history in one call.
        Assert.InRange(counter.Calls, 1, 3);
    }

    /// <summary>The API with its store wrapped in a <see cref="CountingGraphStore"/>.</summary>
    public sealed class CountingFactory : ApiFactory
    {
        public const string Key = "batching-tests-signing-key-of-32-bytes-or-more";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Auth:SigningKey", Key);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(sp => new CountingGraphStore(sp.GetRequiredService<EmbeddedGraphStore>()));
                services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<CountingGraphStore>());
            });
        }
    }
}
