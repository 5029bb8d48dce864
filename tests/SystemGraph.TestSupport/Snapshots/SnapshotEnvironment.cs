namespace SystemGraph.TestSupport.Snapshots;

/// <summary>The two switches that change how snapshots behave, read once so the helper's own tests can set them.</summary>
public sealed record SnapshotEnvironment(bool Update, bool IsCi)
{
    public static SnapshotEnvironment FromProcess() => new(
        IsOn(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS")),
        IsOn(Environment.GetEnvironmentVariable("CI")));

    private static bool IsOn(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
