using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using SystemGraph.Api.Telemetry;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using Microsoft.Extensions.Configuration;
using SystemGraph.Neo4j.DependencyInjection;

namespace SystemGraph.Api.Tests.Telemetry;

/// <summary>The instrumented store is what the traversals see: a store that finds paths itself stays one.</summary>
public sealed class InstrumentedGraphStoreTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().AddSingleton<SystemGraphMetrics>().BuildServiceProvider();

    public void Dispose() => services.Dispose();

    [Fact]
    public void A_path_finding_store_stays_a_path_finder_and_the_embedded_store_does_not_become_one()
    {
        var metrics = services.GetRequiredService<SystemGraphMetrics>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://neo4j.test:7474/" }).Build();
        using var neo4jServices = new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration).BuildServiceProvider();
        using var embedded = new EmbeddedGraphStore();

        Assert.IsAssignableFrom<IPathFinder>(InstrumentedGraphStore.Create(neo4jServices.GetRequiredService<IGraphStore>(), metrics));
        Assert.IsNotAssignableFrom<IPathFinder>(InstrumentedGraphStore.Create(embedded, metrics));
    }

    [Fact]
    public async Task Calls_pass_through_and_are_measured()
    {
        var metrics = services.GetRequiredService<SystemGraphMetrics>();
        using var embedded = new EmbeddedGraphStore();
        await embedded.LoadAsync([], [], CancellationToken.None);
        var measured = new List<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SystemGraphMetrics.MeterName && instrument.Name == SystemGraphMetrics.StoreCallDurationMetric)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
            measured.Add((string)tags.ToArray().Single(t => t.Key == "systemgraph.store.operation").Value!));
        listener.Start();
        var store = InstrumentedGraphStore.Create(embedded, metrics);

        var stats = await store.GetStatsAsync(CancellationToken.None);

        Assert.Equal((await embedded.GetStatsAsync(CancellationToken.None)).Relationships, stats.Relationships);
        Assert.Equal(embedded.Version, store.Version);
        Assert.Contains("GetStats", measured);
    }

    [Fact]
    public async Task A_store_call_is_a_span_inside_a_recorded_request_and_none_inside_one_not_sampled()
    {
        var metrics = services.GetRequiredService<SystemGraphMetrics>();
        using var embedded = new EmbeddedGraphStore();
        await embedded.LoadAsync([], [], CancellationToken.None);
        var store = InstrumentedGraphStore.Create(embedded, metrics);
        var started = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SystemGraphMetrics.StoreSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = started.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var sampled = await StoreCallInsideAsync(ActivityTraceFlags.Recorded);
        var notSampled = await StoreCallInsideAsync(ActivityTraceFlags.None);

        // Other tests in this assembly make store calls at the same time: only this test's requests count.
        var span = Assert.Single(started, activity => activity.TraceId == sampled);
        Assert.Equal("GraphStore GetStats", span.DisplayName);
        Assert.Equal("Embedded", span.GetTagItem("systemgraph.store"));
        Assert.Equal("GetStats", span.GetTagItem("systemgraph.store.operation"));
        Assert.DoesNotContain(started, activity => activity.TraceId == notSampled);

        async Task<ActivityTraceId> StoreCallInsideAsync(ActivityTraceFlags flags)
        {
            using var request = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();
            request.ActivityTraceFlags = flags;
            await store.GetStatsAsync(CancellationToken.None);
            return request.TraceId;
        }
    }

    [Fact]
    public void Store_call_durations_fall_in_buckets_of_seconds_that_tell_microseconds_from_milliseconds()
    {
        var metrics = services.GetRequiredService<SystemGraphMetrics>();
        var exported = new List<Metric>();
        using (var provider = OpenTelemetry.Sdk.CreateMeterProviderBuilder().AddMeter(SystemGraphMetrics.MeterName).AddInMemoryExporter(exported).Build())
        {
            metrics.RecordStoreCall("Embedded", "Bucketed", TimeSpan.FromMicroseconds(30), failed: false);
            metrics.RecordStoreCall("Embedded", "Bucketed", TimeSpan.FromMilliseconds(30), failed: false);
            provider.ForceFlush();
        }

        var counts = new List<(double UpperBound, long Count)>();
        // Only this test's operation: the meter is the process's, and tests running beside this one record store calls too.
        foreach (var point in exported.Last(m => m.Name == SystemGraphMetrics.StoreCallDurationMetric).GetMetricPoints())
        {
            if (!IsOperation(point, "Bucketed"))
            {
                continue;
            }

            foreach (var bucket in point.GetHistogramBuckets())
            {
                if (bucket.BucketCount > 0)
                {
                    counts.Add((bucket.ExplicitBound, bucket.BucketCount));
                }
            }
        }

        // Without bucket advice the SDK's default boundaries (0, 5, 10 ... in milliseconds) put both in the first bucket.
        Assert.Equal([(0.00005, 1L), (0.05, 1L)], counts);
    }

    private static bool IsOperation(MetricPoint point, string operation)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == "systemgraph.store.operation" && Equals(tag.Value, operation))
            {
                return true;
            }
        }

        return false;
    }
}
