using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SystemGraph.Api.Cli;
using SystemGraph.Api.Telemetry;
using SystemGraph.Graph.Evidence;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.DependencyInjection;

namespace SystemGraph.Api.Extensions;

/// <summary>Graph store settings (configuration section <c>Graph</c>).</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public const string Embedded = "Embedded";

    public const string Neo4j = "Neo4j";

    /// <summary><c>Embedded</c> (default: in memory, with an optional journal) or <c>Neo4j</c> (settings under <c>Neo4j:</c>).</summary>
    public string Store { get; set; } = Embedded;

    public bool UsesNeo4j => string.Equals(Store, Neo4j, StringComparison.OrdinalIgnoreCase);

    /// <summary>The seed folder; default: graph-seed/ in the repository (or beside the application).</summary>
    public string? SeedPath { get; set; }

    /// <summary>
    /// The national reference extracts (ODS / ONS CSV files) imported with the seed; default ../shared/data/ods
    /// beside the repository. They live outside the repository and are optional: when the folder is missing or
    /// holds no CSV file the API serves the seed alone and says so once in the log; <c>none</c> skips the import.
    /// </summary>
    public string? OdsPath { get; set; }

    /// <summary>
    /// The source papers' text files (Document.file names them), searched by <c>searchEvidence</c>; default
    /// ../shared/seeds beside the repository; <c>none</c> turns evidence search's papers off (every document is skipped).
    /// </summary>
    public string? SourcesPath { get; set; }

    /// <summary>
    /// The sources folder as a full path, or null when it is turned off (<c>none</c>) or, by default, absent. The one
    /// reading of <see cref="SourcesPath"/>: evidence search and Document.text both use it.
    /// </summary>
    public string? SourcesDirectory() => SourcesPath switch
    {
        { Length: > 0 } path when string.Equals(path, "none", StringComparison.OrdinalIgnoreCase) => null,
        { Length: > 0 } path => RepositoryLayout.ResolveDirectory(path),
        _ => Directory.Exists(RepositoryLayout.DefaultSourcesDirectory) ? RepositoryLayout.DefaultSourcesDirectory : null,
    };

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
            .Validate(
                o => string.Equals(o.Store, GraphOptions.Embedded, StringComparison.OrdinalIgnoreCase) || o.UsesNeo4j,
                "Graph:Store must be Embedded or Neo4j.")
            .ValidateOnStart();

        // The store is chosen when services are registered, so it is read from configuration here.
        var graph = builder.Configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        if (graph.UsesNeo4j)
        {
            builder.Services.AddNeo4jGraphStore(builder.Configuration, HealthCheckExtensions.ReadyTag);
        }
        else
        {
            builder.Services.AddSingleton(sp => new EmbeddedGraphStore(
                NullIfEmpty(sp.GetRequiredService<IOptions<GraphOptions>>().Value.JournalPath),
                sp.GetRequiredService<ILogger<EmbeddedGraphStore>>()));
            builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        }

        // Every store call is traced and timed (Telemetry/): the registration above becomes the inner store.
        builder.Services.TryAddSingleton<SystemGraphMetrics>();
        var registered = builder.Services.Last(d => d.ServiceType == typeof(IGraphStore));
        builder.Services.Remove(registered);
        builder.Services.AddSingleton(sp => InstrumentedGraphStore.Create(
            (IGraphStore)(registered.ImplementationInstance ?? registered.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)),
            sp.GetRequiredService<SystemGraphMetrics>()));

        builder.Services.AddSingleton(sp => new EvidenceSearch(sp.GetRequiredService<IOptions<GraphOptions>>().Value.SourcesDirectory()));
        builder.Services.AddHostedService<GraphSeedLoader>();
        builder.Services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph-store", tags: [HealthCheckExtensions.ReadyTag]);
        return builder;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

}

/// <summary>
/// Loads the seed into the store at start-up; an invalid seed stops the host with its problems listed. A store that
/// keeps its graph between runs prepares itself first (<see cref="IGraphStoreStartup"/>: Neo4j checks the server and
/// creates its schema) and may say the seed is not needed.
/// </summary>
internal sealed partial class GraphSeedLoader(
    IGraphStore store, IOptions<GraphOptions> options, ILogger<GraphSeedLoader> logger, IEnumerable<IGraphStoreStartup> startups) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var load = true;
        foreach (var startup in startups)
        {
            load &= await startup.PrepareAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!load)
        {
            return;
        }

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
        if (string.Equals(ods, "none", StringComparison.OrdinalIgnoreCase))
        {
            LogSeedAlone(logger, "Graph:OdsPath is none");
        }
        else if (!Directory.Exists(ods) || !Directory.EnumerateFiles(ods, "*.csv").Any())
        {
            LogSeedAloneWithoutExtracts(logger, ods);
        }
        else
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the seed alone, without the national reference data: {Reason}")]
    private static partial void LogSeedAlone(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the seed alone, without the national reference data: no ODS reference extracts (*.csv) at {Path}; set Graph:OdsPath to their folder")]
    private static partial void LogSeedAloneWithoutExtracts(ILogger logger, string path);

}

/// <summary>
/// Readiness: the store has a loaded graph. Degraded while the embedded store cannot make writes durable (its journal's
/// disk is full): reads are served, writes answer STORE_UNAVAILABLE until one succeeds again.
/// </summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store, EmbeddedGraphStore? embedded = null) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await store.IsReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            return HealthCheckResult.Unhealthy("The graph is not loaded.");
        }

        return embedded?.WriteFailure is { } failure
            ? HealthCheckResult.Degraded($"Graph version {store.Version}; writes refused since {failure.Since:O}: the journal could not be written ({failure.Reason}). Reads are served; writes resume when a write succeeds.")
            : HealthCheckResult.Healthy($"Graph version {store.Version}.");
    }
}
