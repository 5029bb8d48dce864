using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Store;

/// <summary>Graph:Store picks the store; a Neo4j that cannot be used stops start-up with a message naming it, never the password.</summary>
/// <remarks>
/// These hosts fail while starting. WebApplicationFactory finds the host through a process-wide diagnostic
/// listener, so a failing start can be confused with another class's host starting at the same moment; the
/// class runs on its own (see <see cref="StartUpFailureCollection"/>).
/// </remarks>
[Collection(StartUpFailureCollection.Name)]
public sealed class GraphStoreSelectionTests
{
    private const string Password = "pa55-never-shown";

    [Fact]
    public void An_unreachable_neo4j_stops_start_up_naming_the_uri_but_not_the_password()
    {
        var uri = $"http://127.0.0.1:{FreePort.Next()}/";
        using var factory = new ConfiguredFactory(
            ("Graph:Store", "Neo4j"), ("Neo4j:Uri", uri), ("Neo4j:Password", Password), ("Neo4j:MaxRetries", "0"), ("Neo4j:RequestTimeout", "00:00:05"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains(uri, messages, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, messages, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_store_is_refused()
    {
        using var factory = new ConfiguredFactory(("Graph:Store", "Cassandra"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = string.Join(" | ", Chain(error).Select(e => e.GetType().Name + ": " + e.Message));
        Assert.True(messages.Contains("Graph:Store must be Embedded or Neo4j.", StringComparison.Ordinal), messages);
    }

    [Fact]
    public void A_neo4j_uri_that_is_not_http_is_refused()
    {
        using var factory = new ConfiguredFactory(("Graph:Store", "Neo4j"), ("Neo4j:Uri", "bolt://localhost:7687"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Neo4j:Uri must be the server's HTTP(S) address", string.Join(" | ", Chain(error).Select(e => e.Message)), StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
            if (error is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }

    private sealed class ConfiguredFactory(params (string Key, string Value)[] settings) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

/// <summary>Runs start-up failure tests with no other test class in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StartUpFailureCollection
{
    public const string Name = "Start-up failures";
}
