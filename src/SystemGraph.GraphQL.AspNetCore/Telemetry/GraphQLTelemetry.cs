using System.Diagnostics;
using System.Diagnostics.Metrics;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Execution.Pipeline;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.AspNetCore.Telemetry;

/// <summary>
/// Traces and metrics of GraphQL operations, on the .NET diagnostics APIs (an OpenTelemetry SDK, when the host
/// registers one, listens to <see cref="SourceName"/> and <see cref="MeterName"/>; without a listener they cost
/// next to nothing). One span per executed operation, named as the OpenTelemetry GraphQL conventions say
/// (<c>{operation type} {operation name}</c>), carrying the type, name, estimated cost and error codes.
/// <see cref="ExecuteAsync"/> wraps the request pipeline in one place (the transport's call).
/// </summary>
public static class GraphQLTelemetry
{
    public const string SourceName = "SystemGraph.GraphQL";
    public const string MeterName = "SystemGraph.GraphQL";

    public const string RequestsMetric = "systemgraph.graphql.requests";
    public const string ErrorsMetric = "systemgraph.graphql.errors";
    public const string DurationMetric = "systemgraph.graphql.operation.duration";
    public const string ActiveSubscriptionsMetric = "systemgraph.graphql.subscriptions.active";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        RequestsMetric, "{request}", "GraphQL operations executed (cache hits excluded), by operation type and outcome.");

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        ErrorsMetric, "{error}", "GraphQL errors returned, by extensions.code.");

    /// <summary>
    /// Bucket boundaries, in seconds, of the durations the API records (operations and store calls): an uncached
    /// operation on the embedded store takes tens of microseconds, one on Neo4j milliseconds to seconds. Without them
    /// the OpenTelemetry SDK uses its default boundaries, which are meant for milliseconds (0, 5, 10 ... 10000), and
    /// every measurement in seconds would land in the first bucket.
    /// </summary>
    public static readonly IReadOnlyList<double> DurationBucketBoundaries =
        [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly Histogram<double> Duration = Meter.CreateHistogram(
        DurationMetric, "s", "Time to execute a GraphQL operation (parse, validate, limits, execution), by operation type.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBucketBoundaries });

    /// <summary>
    /// Open subscriptions: the transport calls <see cref="SubscriptionStarted"/> when a subscription's stream opens and
    /// <see cref="SubscriptionEnded"/> when it closes (however it closes), over SSE and WebSocket alike.
    /// </summary>
    private static readonly UpDownCounter<long> ActiveSubscriptions = Meter.CreateUpDownCounter<long>(
        ActiveSubscriptionsMetric, "{subscription}", "GraphQL subscriptions currently open.");

    /// <summary>
    /// Runs one request through the executor's pipeline inside its span and records its metrics. A response-cache hit
    /// (answered with stored bytes, no result) is not an executed operation: its span is dropped and no metric counts it.
    /// </summary>
    public static async ValueTask ExecuteAsync(GraphQLRequestExecutor executor, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(context);
        using var activity = ChildSpans.CanRecord(Source) ? Source.StartActivity("GraphQL Operation") : null;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await executor.ExecuteAsync(context).ConfigureAwait(false);
            if (context.Result is { } result)
            {
                Record(activity, result, Stopwatch.GetElapsedTime(started));
            }
            else if (activity is not null)
            {
                activity.IsAllDataRequested = false;
                activity.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            }
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            Requests.Add(1, new KeyValuePair<string, object?>("graphql.operation.type", "unknown"), new KeyValuePair<string, object?>("outcome", "exception"));
            throw;
        }
    }

    /// <summary>A subscription's stream opened (see <see cref="ActiveSubscriptions"/>).</summary>
    public static void SubscriptionStarted() => ActiveSubscriptions.Add(1);

    /// <summary>A subscription's stream closed.</summary>
    public static void SubscriptionEnded() => ActiveSubscriptions.Add(-1);

    private static void Record(Activity? activity, ExecutionResult result, TimeSpan elapsed)
    {
        var type = TypeName(result.OperationType);
        var outcome = result.Errors is not { Count: > 0 } ? "success" : result.HasData ? "partial" : "error";
        var typeTag = new KeyValuePair<string, object?>("graphql.operation.type", type);
        Requests.Add(1, typeTag, new KeyValuePair<string, object?>("outcome", outcome));
        Duration.Record(elapsed.TotalSeconds, typeTag);

        string[] codes = [];
        if (result.Errors is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                Errors.Add(1, new KeyValuePair<string, object?>("error.code", error.Code ?? "UNKNOWN"));
            }

            codes = errors.Select(e => e.Code ?? "UNKNOWN").Distinct(StringComparer.Ordinal).ToArray();
        }

        if (activity is null)
        {
            return;
        }

        // Semantic conventions for GraphQL: "{type} {name}", or the type alone for an anonymous operation.
        activity.DisplayName = result.OperationType is null ? "GraphQL Operation" : result.OperationName is { } name ? $"{type} {name}" : type;
        activity.SetTag("graphql.operation.type", type);
        if (result.OperationName is { } operationName)
        {
            activity.SetTag("graphql.operation.name", operationName);
        }

        if (result.Cost is { } cost)
        {
            activity.SetTag("systemgraph.graphql.cost", cost);
        }

        activity.SetTag("systemgraph.graphql.error_count", result.Errors?.Count ?? 0);
        if (codes.Length > 0)
        {
            activity.SetTag("systemgraph.graphql.error_codes", codes);
            if (!result.HasData)
            {
                activity.SetStatus(ActivityStatusCode.Error, string.Join(',', codes));
            }
        }
    }

    private static string TypeName(OperationType? type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "unknown",
    };
}
