using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;
using SystemGraph.Api.Extensions;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Store;

/// <summary>Graph:Store picks the store; a Neo4j that cannot be used stops start-up with a message naming it, never the password.</summary>
/// <remarks>
/// These hosts fail while starting, so they are built and started directly (on a test server): through
/// WebApplicationFactory a failing start could surface as an ObjectDisposedException from the factory instead
/// of the host's own error. The class also runs on its own (see <see cref="StartUpFailureCollection"/>).
/// </remarks>
[Collection(StartUpFailureCollection.Name)]
public sealed class GraphStoreSelectionTests
{
    private const string Password = "pa55-never-shown";

    [Fact]
    public async Task An_unreachable_neo4j_stops_start_up_naming_the_uri_but_not_the_password()
    {
        var uri = $"http://127.0.0.1:{FreePort.Next()}/";

        var error = await StartFailureAsync<Exception>(
            ("Graph:Store", "Neo4j"), ("Neo4j:Uri", uri), ("Neo4j:Password", Password), ("Neo4j:MaxRetries", "0"), ("Neo4j:RequestTimeout", "00:00:05"));

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains(uri, messages, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_store_is_refused()
    {
        var error = await StartFailureAsync<OptionsValidationException>(("Graph:Store", "Cassandra"));

        Assert.Contains("Graph:Store must be Embedded or Neo4j.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_neo4j_uri_that_is_not_http_is_refused()
    {
        var error = await StartFailureAsync<OptionsValidationException>(("Graph:Store", "Neo4j"), ("Neo4j:Uri", "bolt://localhost:7687"));

        Assert.Contains("Neo4j:Uri must be the server's HTTP(S) address", error.Message, StringComparison.Ordinal);
    }

    private static async Task<TException> StartFailureAsync<TException>(params (string Key, string Value)[] settings)
        where TException : Exception
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Graph:SeedPath"] = RepositoryPaths.GraphSeed;
        builder.Configuration["Graph:OdsPath"] = "none";
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.AddSystemGraphStore();
        await using var app = builder.Build();
        return await Assert.ThrowsAnyAsync<TException>(() => app.StartAsync());
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
}

/// <summary>Runs start-up failure tests with no other test class in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StartUpFailureCollection
{
    public const string Name = "Start-up failures";
}
