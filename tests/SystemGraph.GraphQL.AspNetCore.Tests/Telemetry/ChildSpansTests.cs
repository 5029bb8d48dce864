using System.Diagnostics;
using SystemGraph.GraphQL.AspNetCore.Telemetry;

namespace SystemGraph.GraphQL.AspNetCore.Tests.Telemetry;

/// <summary>A child span is started only when it could be recorded: someone listens and the span around it is recorded.</summary>
public sealed class ChildSpansTests : IDisposable
{
    private readonly ActivitySource source = new("SystemGraph.Tests.ChildSpans." + Guid.NewGuid().ToString("N"));
    private readonly ActivityListener listener;

    public ChildSpansTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = s => s == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
    }

    public void Dispose()
    {
        listener.Dispose();
        source.Dispose();
    }

    [Fact]
    public void Nothing_listening_means_no_span()
    {
        Assert.False(ChildSpans.CanRecord(source));
    }

    [Fact]
    public void A_span_with_no_span_around_it_is_up_to_the_sampler()
    {
        ActivitySource.AddActivityListener(listener);
        Activity.Current = null;

        Assert.True(ChildSpans.CanRecord(source));
    }

    [Fact]
    public void Inside_a_recorded_span_a_child_could_be_recorded()
    {
        ActivitySource.AddActivityListener(listener);
        using var parent = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();
        parent.ActivityTraceFlags = ActivityTraceFlags.Recorded;

        Assert.True(ChildSpans.CanRecord(source));
    }

    [Fact]
    public void Inside_a_span_that_is_not_recorded_no_child_is_started()
    {
        ActivitySource.AddActivityListener(listener);
        using var parent = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();
        parent.ActivityTraceFlags = ActivityTraceFlags.None;

        Assert.False(ChildSpans.CanRecord(source));
    }
}
