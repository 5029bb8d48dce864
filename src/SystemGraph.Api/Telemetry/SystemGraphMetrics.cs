using System.Diagnostics;
using System.Diagnostics.Metrics;
using SystemGraph.GraphQL.AspNetCore.Telemetry;

namespace SystemGraph.Api.Telemetry;

/// <summary>
/// The API's own traces and metrics (beside the GraphQL ones in <c>GraphQLTelemetry</c> and Neo4j's request spans):
/// store calls, response cache lookups and the graph version. Created through <see cref="IMeterFactory"/>, so each
/// host (and each test host) has its own instruments; an OpenTelemetry SDK subscribes to <see cref="MeterName"/>.
/// </summary>
public sealed class SystemGraphMetrics
{
    public const string MeterName = "SystemGraph";
    public const string StoreSourceName = "SystemGraph.Store";

    public const string StoreCallDurationMetric = "systemgraph.store.call.duration";
    public const string CacheLookupsMetric = "systemgraph.cache.lookups";
    public const string GraphVersionMetric = "systemgraph.graph.version";

    internal static readonly ActivitySource StoreSource = new(StoreSourceName);

    private readonly Meter meter;
    private readonly Histogram<double> storeCallDuration;
    private readonly Counter<long> cacheLookups;

    public SystemGraphMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        meter = meterFactory.Create(MeterName);
        storeCallDuration = meter.CreateHistogram(
            StoreCallDurationMetric, "s", "Time of one graph store call, by store, operation and outcome.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = GraphQLTelemetry.DurationBucketBoundaries });
        cacheLookups = meter.CreateCounter<long>(
            CacheLookupsMetric, "{lookup}", "Response cache lookups of cacheable requests, by result (hit or miss).");
    }

    /// <summary>Reports the graph version (every committed write changes it) as an observable gauge.</summary>
    public void ObserveGraphVersion(Func<long> version) =>
        meter.CreateObservableGauge(GraphVersionMetric, version, "{version}", "The version of the graph this instance serves.");

    public void RecordStoreCall(string store, string operation, TimeSpan elapsed, bool failed) =>
        storeCallDuration.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("systemgraph.store", store),
            new KeyValuePair<string, object?>("systemgraph.store.operation", operation),
            new KeyValuePair<string, object?>("outcome", failed ? "error" : "success"));

    public void RecordCacheLookup(bool hit) =>
        cacheLookups.Add(1, new KeyValuePair<string, object?>("cache.result", hit ? "hit" : "miss"));
}
