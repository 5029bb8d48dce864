using System.Diagnostics;

namespace SystemGraph.GraphQL.AspNetCore.Telemetry;

/// <summary>
/// Whether a span started now, inside the current one, could be recorded. It could not when nothing listens to its
/// source, or when the current span is not recorded: the request's trace was not sampled, and a parent-based sampler
/// (the OpenTelemetry default, and the API's one-in-ten) drops every child of a span it dropped. Starting the child
/// anyway still costs an <see cref="Activity"/>, its identifiers and two async-local switches for a span nobody sees:
/// per store call, that was most of what an unsampled request paid for tracing (bench/README.md).
/// </summary>
public static class ChildSpans
{
    public static bool CanRecord(ActivitySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.HasListeners() && Activity.Current is not { Recorded: false };
    }
}
