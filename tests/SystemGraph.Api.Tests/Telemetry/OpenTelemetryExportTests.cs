using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace SystemGraph.Api.Tests.Telemetry;

/// <summary>
/// Traces and metrics reach an OTLP endpoint when OTEL_EXPORTER_OTLP_ENDPOINT is set: the API exports to an
/// in-process receiver over OTLP/HTTP, and the payloads name the spans, attributes and metrics the README lists.
/// </summary>
public sealed class OpenTelemetryExportTests
{
    [Fact]
    public async Task Spans_and_metrics_reach_the_otlp_endpoint()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var factory = new ApiFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.Endpoint);
            b.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");

            // One request in ten is traced by default; this test needs every one.
            b.UseSetting("OTEL_TRACES_SAMPLER", "always_on");
        });
        using var client = factory.CreateClient();

        await client.DataAsync("query Stats { graphStats { entities } }");
        await client.DataAsync("query Stats { graphStats { entities } }");
        Assert.Equal("NOT_FOUND", (await client.PostAsync("query Broken { accountabilityChain(from: \"no-such-body\") { truncated } }")).Code());
        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        var traces = receiver.Text("traces");
        foreach (var expected in new[]
        {
            "systemgraph-api",                       // service.name
            "query Stats", "query Broken",           // one span per operation, named after it
            "graphql.operation.type", "graphql.operation.name", "systemgraph.graphql.cost", "systemgraph.graphql.error_codes", "NOT_FOUND",
            "GraphStore GetStats",                   // one span per store call
            "POST /graphql",                         // the incoming HTTP request
        })
        {
            Assert.Contains(expected, traces, StringComparison.Ordinal);
        }

        var metrics = receiver.Text("metrics");
        foreach (var expected in new[]
        {
            "systemgraph.graphql.requests", "systemgraph.graphql.errors", "error.code", "systemgraph.graphql.operation.duration",
            "systemgraph.cache.lookups", "systemgraph.store.call.duration", "systemgraph.graph.version",
            "http.server.request.duration",
        })
        {
            Assert.Contains(expected, metrics, StringComparison.Ordinal);
        }

        // Measured on every request for what the request duration already says (TelemetryExtensions.AspNetCoreMeters).
        foreach (var notCollected in new[] { "http.server.active_requests", "aspnetcore.routing.match_attempts", "aspnetcore.authentication.authenticate.duration" })
        {
            Assert.DoesNotContain(notCollected, metrics, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_an_endpoint_nothing_is_collected()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }
}
