using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>
/// The Neo4j server the conformance suites run against: <c>NEO4J_URI</c> (its HTTP address, e.g.
/// <c>http://localhost:7474</c>), <c>NEO4J_USER</c> (default neo4j), <c>NEO4J_PASSWORD</c> and optionally
/// <c>NEO4J_DATABASE</c> (default neo4j). Without NEO4J_URI the tests are reported as skipped with that reason.
/// </summary>
/// <remarks>
/// Isolation: every test starts by deleting everything in the database, and the Neo4j suites share one xunit
/// collection so they never run at the same time. Point them at a database you can lose (Community Edition has
/// one user database, so per-test databases are not an option there).
/// </remarks>
internal static class Neo4jTestServer
{
    public const string Collection = "Neo4j server";

    private static readonly SemaphoreSlim SchemaLock = new(1, 1);
    private static bool schemaReady;

    public static string? Uri => Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri ? uri : null;

    /// <summary>A store over an emptied database, or a skip when no server is configured.</summary>
    /// <param name="time">The store's clock (audit and scenario times); the system clock by default.</param>
    public static async Task<Neo4jGraphStore> EmptyStoreAsync(TimeProvider? time = null)
    {
        var options = Options();
        var store = new Neo4jGraphStore(new Neo4jHttpClient(new HttpClient(), options), options, time: time);
        await SchemaLock.WaitAsync();
        try
        {
            if (!schemaReady)
            {
                await store.InitializeAsync(CancellationToken.None);
                schemaReady = true;
            }
        }
        finally
        {
            SchemaLock.Release();
        }

        await store.ClearAsync(CancellationToken.None);
        return store;
    }

    /// <summary>A client for the configured server, or a skip when there is none.</summary>
    public static Neo4jHttpClient Client() => new(new HttpClient(), Options());

    private static Neo4jOptions Options()
    {
        Skip.If(Uri is null, "NEO4J_URI is not set: the Neo4j store conformance tests need a Neo4j 5.26+ server (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; see README).");
        return new Neo4jOptions
        {
            Uri = new Uri(Uri!),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
            SeedBatchSize = 3,
        };
    }
}

/// <summary>Runs the Neo4j suites one test at a time: they share (and empty) one database.</summary>
[CollectionDefinition(Neo4jTestServer.Collection, DisableParallelization = true)]
public sealed class Neo4jServerCollection;
