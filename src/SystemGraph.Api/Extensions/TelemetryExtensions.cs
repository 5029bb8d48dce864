using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SystemGraph.Api.Telemetry;
using SystemGraph.GraphQL.AspNetCore.Telemetry;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Api.Extensions;

/// <summary>
/// Traces and metrics over OpenTelemetry, exported with OTLP when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set (with the other standard <c>OTEL_*</c> settings: protocol, headers, service name); nothing is collected
/// otherwise, so the instrumentation then costs next to nothing (no listener on the sources and meters).
/// Every request is measured; one in ten is traced unless <c>OTEL_TRACES_SAMPLER</c> says otherwise (a request
/// arriving with a sampled trace context is always traced): a traced request makes a dozen spans (one per store
/// call), and exporting all of them would cost a fifth of the throughput (bench/README.md).
/// </summary>
internal static class TelemetryExtensions
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string DefaultServiceName = "systemgraph-api";
    public const string SamplerSetting = "OTEL_TRACES_SAMPLER";

    /// <summary>The share of requests traced when <c>OTEL_TRACES_SAMPLER</c> is not set.</summary>
    public const double DefaultTraceRatio = 0.1;

    /// <summary>Every activity source the API writes to: operations, store calls and Neo4j requests.</summary>
    public static readonly string[] ActivitySources = [GraphQLTelemetry.SourceName, SystemGraphMetrics.StoreSourceName, SystemGraph.Neo4j.Neo4jTelemetry.ActivitySourceName];

    /// <summary>Every meter the API writes to.</summary>
    public static readonly string[] Meters = [GraphQLTelemetry.MeterName, SystemGraphMetrics.MeterName];

    /// <summary>
    /// ASP.NET Core's own meters that are collected: HTTP requests (<c>http.server.request.duration</c> by route,
    /// method and status code; its active-requests gauge is dropped below), Kestrel's connections, unhandled exceptions. The instrumentation
    /// package's <c>AddAspNetCoreInstrumentation</c> subscribes to every ASP.NET Core meter, and routing, rate
    /// limiting, authentication, authorization and the memory pool each record on every request (the pool on every
    /// buffer rented): together more than half of what metrics cost an uncached request, for counts the request
    /// duration's status codes already carry (bench/README.md). Add a meter here to collect it.
    /// </summary>
    public static readonly string[] AspNetCoreMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics"];

    /// <summary>
    /// Not collected: two measurements on every request (one in, one out) for a gauge of requests in flight, which the
    /// HTTP conventions still mark as in development, and which the request rate times the request duration gives.
    /// Dropped by a view, so ASP.NET Core sees the instrument disabled and skips both measurements.
    /// </summary>
    public const string ActiveRequestsMetric = "http.server.active_requests";

    public static WebApplicationBuilder AddSystemGraphTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<SystemGraphMetrics>();
        if (string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : DefaultServiceName))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(ActivitySources)
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                    .AddHttpClientInstrumentation();

                // The SDK reads OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG itself; this is only the default.
                if (string.IsNullOrWhiteSpace(builder.Configuration[SamplerSetting]))
                {
                    var ratio = double.TryParse(builder.Configuration[SamplerSetting + "_ARG"], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var given)
                        && given is >= 0 and <= 1 ? given : DefaultTraceRatio;
                    tracing.SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(ratio)));
                }
            })
            .WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddMeter(AspNetCoreMeters)
                .AddView(ActiveRequestsMetric, MetricStreamConfiguration.Drop)
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .UseOtlpExporter();
        return builder;
    }

    /// <summary>Liveness and readiness probes run every few seconds; tracing them would drown the requests that matter.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/alive") || path.StartsWithSegments("/health");
}
