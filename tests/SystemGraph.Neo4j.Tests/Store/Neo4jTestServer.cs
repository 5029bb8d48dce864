using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;
using SystemGraph.TestSupport;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>
/// The Neo4j server the conformance suites run against, in this order: <c>NEO4J_URI</c> (its HTTP address, e.g.
/// <c>http://localhost:7474</c>, with <c>NEO4J_USER</c> (default neo4j), <c>NEO4J_PASSWORD</c> and optionally
/// <c>NEO4J_DATABASE</c> (default neo4j)); else a <c>neo4j:5.26-community</c> container started through
/// Testcontainers when a Docker engine answers (<see cref="Neo4jContainer"/>); else the tests are reported as
/// skipped, with both reasons.
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

    private static readonly Lazy<Task<Neo4jOptions?>> Resolved = new(ResolveAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A store over an emptied database, or a skip when no server is configured.</summary>
    /// <param name="time">The store's clock (audit and scenario times); the system clock by default.</param>
    public static async Task<Neo4jGraphStore> EmptyStoreAsync(TimeProvider? time = null)
    {
        var options = await OptionsAsync();
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

    /// <summary>A client for the server (after <see cref="EmptyStoreAsync"/> found it), or a skip when there is none.</summary>
    public static Neo4jHttpClient Client() => new(new HttpClient(), OptionsAsync().GetAwaiter().GetResult());

    private static async Task<Neo4jOptions> OptionsAsync()
    {
        var options = await Resolved.Value;
        Skip.If(options is null,
            "NEO4J_URI is not set and " + DockerEngine.UnavailableReason + ": the Neo4j store conformance tests need a Neo4j 5.26+ server " +
            "(set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, or run them where Docker is available and they start neo4j:5.26-community themselves; see README).");
        return options!;
    }

    /// <summary>NEO4J_URI wins; then a container when Docker answers; null when neither (the tests skip).</summary>
    private static async Task<Neo4jOptions?> ResolveAsync()
    {
        if (Uri is { } configured)
        {
            return new Neo4jOptions
            {
                Uri = new Uri(configured),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
                SeedBatchSize = 3,
            };
        }

        if (!DockerEngine.IsAvailable)
        {
            return null;
        }

        return new Neo4jOptions
        {
            Uri = await Neo4jContainer.UriAsync(),
            User = Neo4jContainer.User,
            Password = Neo4jContainer.Password,
            Database = "neo4j",
            SeedBatchSize = 3,
        };
    }
}

/// <summary>Runs the Neo4j suites one test at a time: they share (and empty) one database.</summary>
[CollectionDefinition(Neo4jTestServer.Collection, DisableParallelization = true)]
public sealed class Neo4jServerCollection;
