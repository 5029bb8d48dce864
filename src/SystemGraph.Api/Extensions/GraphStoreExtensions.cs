using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SystemGraph.Api.Cli;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Extensions;

/// <summary>Graph store settings (configuration section <c>Graph</c>).</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary><c>Embedded</c> (default). <c>Neo4j</c> is not served yet (see README).</summary>
    public string Store { get; set; } = "Embedded";

    /// <summary>The seed folder; default: graph-seed/ in the repository (or beside the application).</summary>
    public string? SeedPath { get; set; }

    /// <summary>
    /// The national reference extracts (ODS / ONS CSV files) imported with the seed; default ../shared/data/ods
    /// beside the repository when it exists; <c>none</c> skips the import.
    /// </summary>
    public string? OdsPath { get; set; }

    /// <summary>The embedded store's journal file; empty keeps writes in memory only.</summary>
    public string? JournalPath { get; set; }
}

/// <summary>The graph store: the embedded store, loaded from the seed before the host starts serving.</summary>
internal static class GraphStoreExtensions
{
    public static WebApplicationBuilder AddSystemGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphOptions>()
            .Bind(builder.Configuration.GetSection(GraphOptions.SectionName))
            .Validate(o => string.Equals(o.Store, "Embedded", StringComparison.OrdinalIgnoreCase), "Graph:Store must be Embedded (the Neo4j store is not wired into the host yet).")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new EmbeddedGraphStore(
            NullIfEmpty(sp.GetRequiredService<IOptions<GraphOptions>>().Value.JournalPath),
            sp.GetRequiredService<ILogger<EmbeddedGraphStore>>()));
        builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        builder.Services.AddHostedService<GraphSeedLoader>();
        builder.Services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph-store", tags: [HealthCheckExtensions.ReadyTag]);
        return builder;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>Loads the seed into the store at start-up; an invalid seed stops the host with its problems listed.</summary>
internal sealed partial class GraphSeedLoader(IGraphStore store, IOptions<GraphOptions> options, ILogger<GraphSeedLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value.SeedPath is { Length: > 0 } path ? path : RepositoryLayout.DefaultSeedDirectory;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await SeedLoader.LoadAsync(seed, null, cancellationToken).ConfigureAwait(false);
        if (result.Graph is null)
        {
            throw new InvalidOperationException(
                $"The seed in {seed} is invalid ({result.Problems.Count} problems); run `seed validate` for the full list. First: {string.Join("; ", result.Problems.Take(5))}");
        }

        var graph = result.Graph;
        var ods = options.Value.OdsPath is { Length: > 0 } configured ? configured : RepositoryLayout.DefaultOdsDirectory;
        if (!string.Equals(ods, "none", StringComparison.OrdinalIgnoreCase) && Directory.Exists(ods))
        {
            graph = await SystemGraph.Graph.Seed.Reference.OdsImporter.ImportAsync(ods, graph, cancellationToken).ConfigureAwait(false);
        }

        await store.LoadAsync(graph.Entities, graph.Relationships, cancellationToken).ConfigureAwait(false);
        var milliseconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogLoaded(logger, graph.Entities.Count, graph.Relationships.Count, seed, milliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph loaded: {Entities} entities, {Relationships} relationships from {Seed} in {Milliseconds:F0} ms")]
    private static partial void LogLoaded(ILogger logger, int entities, int relationships, string seed, double milliseconds);
}

/// <summary>Readiness: the store has a loaded graph.</summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.IsReadyAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy($"Graph version {store.Version}.")
            : HealthCheckResult.Unhealthy("The graph is not loaded.");
}
