using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.DependencyInjection;

/// <summary>
/// Registers the Neo4j store: options from the <c>Neo4j</c> section (validated on start), the Query API client, the
/// store as <see cref="IGraphStore"/>, its start-up (<see cref="IGraphStoreStartup"/>) and its readiness check. The
/// store, its options and this method are the project's whole public surface.
/// </summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Neo4j:Uri</c>, <c>Neo4j:Database</c>, <c>Neo4j:User</c>, <c>Neo4j:Password</c> (never logged),
    /// <c>Neo4j:SeedBatchSize</c>, <c>Neo4j:Reseed</c>, <c>Neo4j:RequestTimeout</c>, <c>Neo4j:MaxRetries</c> and
    /// registers <see cref="Neo4jGraphStore"/> as <see cref="IGraphStore"/>; the host runs every
    /// <see cref="IGraphStoreStartup"/> before loading the seed. The health check "neo4j" carries <paramref name="healthCheckTags"/>.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration, params string[] healthCheckTags)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .Validate(o => o.Uri is { IsAbsoluteUri: true } && (o.Uri.Scheme == Uri.UriSchemeHttp || o.Uri.Scheme == Uri.UriSchemeHttps),
                "Neo4j:Uri must be the server's HTTP(S) address, e.g. http://localhost:7474 (the Query API; bolt:// and neo4j:// addresses are not used).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Database), "Neo4j:Database must not be empty.")
            .Validate(o => o.SeedBatchSize is >= 1 and <= 50_000, "Neo4j:SeedBatchSize must be between 1 and 50000.")
            .ValidateOnStart();

        // One long-lived HttpClient with pooled connections recycled every few minutes (DNS changes, Aura failover).
        // Its own timeout is off: Neo4jHttpClient applies Neo4j:RequestTimeout per request.
        services.AddSingleton(sp => new Neo4jHttpClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            sp.GetRequiredService<ILogger<Neo4jHttpClient>>()));
        services.AddSingleton(sp => new Neo4jGraphStore(
            sp.GetRequiredService<Neo4jHttpClient>(),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            sp.GetRequiredService<ILogger<Neo4jGraphStore>>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IGraphStoreStartup, Neo4jStartup>();
        services.AddHealthChecks().AddCheck<Neo4jHealthCheck>("neo4j", tags: healthCheckTags);
        return services;
    }
}
