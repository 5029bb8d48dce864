using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.DependencyInjection;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>AddNeo4jGraphStore: the Neo4j section bound, one store behind IGraphStore, settings checked, the password never printed.</summary>
public sealed class Neo4jServiceCollectionTests
{
    [Fact]
    public void The_section_is_bound_and_the_store_is_the_graph_store()
    {
        using var provider = Provider(("Neo4j:Uri", "https://abc123.databases.neo4j.io"), ("Neo4j:Database", "graph"), ("Neo4j:User", "app"),
            ("Neo4j:Password", "hunter2-secret"), ("Neo4j:SeedBatchSize", "5000"), ("Neo4j:Reseed", "true"));

        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(("https://abc123.databases.neo4j.io/", "graph", "app", 5000, true), (options.Uri!.AbsoluteUri, options.Database, options.User, options.SeedBatchSize, options.Reseed));
        Assert.Same(provider.GetRequiredService<Neo4jGraphStore>(), provider.GetRequiredService<IGraphStore>());
        Assert.DoesNotContain("hunter2-secret", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("localhost:7474")]
    public void A_uri_that_is_not_http_is_refused(string uri)
    {
        using var provider = Provider(("Neo4j:Uri", uri));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains("Neo4j:Uri must be the server's HTTP(S) address", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        return new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration).BuildServiceProvider();
    }
}
