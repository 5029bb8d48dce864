using SystemGraph.TestSupport.Snapshots;
using Xunit.Sdk;

namespace SystemGraph.TestSupport.Tests.Snapshots;

/// <summary>The snapshot helper's four behaviours: match, mismatch (with a diff), update, and missing in CI.</summary>
public sealed class SnapshotMatcherTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sg-snap-" + Guid.NewGuid().ToString("N"));

    private static readonly SnapshotEnvironment Local = new(Update: false, IsCi: false);
    private static readonly SnapshotEnvironment Ci = new(Update: false, IsCi: true);
    private static readonly SnapshotEnvironment Updating = new(Update: true, IsCi: true);

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Match_passes_when_text_equals_snapshot_ignoring_line_endings_and_trailing_space()
    {
        var matcher = new SnapshotMatcher(directory, Ci);
        WriteSnapshot("T.M", "{\n  \"a\": 1\n}\n");

        matcher.Match("{\r\n  \"a\": 1   \r\n}", "T.M");
    }

    [Fact]
    public void Mismatch_fails_with_a_line_diff_and_writes_the_received_file()
    {
        var matcher = new SnapshotMatcher(directory, Local);
        WriteSnapshot("T.M", "line 1\nline 2\nline 3\n");

        var error = Assert.Throws<XunitException>(() => matcher.Match("line 1\nline two\nline 3\n", "T.M"));

        Assert.Contains("- line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("+ line two", error.Message, StringComparison.Ordinal);
        Assert.Contains("UPDATE_SNAPSHOTS=1", error.Message, StringComparison.Ordinal);
        Assert.Equal("line 1\nline two\nline 3\n", File.ReadAllText(Path.Combine(directory, "T.M.received.snap")));
        Assert.Equal("line 1\nline 2\nline 3\n", File.ReadAllText(matcher.PathFor("T.M")));
    }

    [Fact]
    public void Update_rewrites_the_snapshot_even_in_CI_and_removes_a_stale_received_file()
    {
        WriteSnapshot("T.M", "old\n");
        File.WriteAllText(Path.Combine(directory, "T.M.received.snap"), "stale\n");

        new SnapshotMatcher(directory, Updating).Match("new", "T.M");

        Assert.Equal("new\n", File.ReadAllText(Path.Combine(directory, "T.M.snap")));
        Assert.False(File.Exists(Path.Combine(directory, "T.M.received.snap")));
    }

    [Fact]
    public void Missing_snapshot_fails_in_CI_and_creates_nothing()
    {
        var matcher = new SnapshotMatcher(directory, Ci);

        var error = Assert.Throws<XunitException>(() => matcher.Match("anything", "T.Missing"));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(matcher.PathFor("T.Missing")));
    }

    [Fact]
    public void Missing_snapshot_is_created_outside_CI()
    {
        var matcher = new SnapshotMatcher(directory, Local);

        matcher.Match("first answer", "T.New");

        Assert.Equal("first answer\n", File.ReadAllText(matcher.PathFor("T.New")));
    }

    [Fact]
    public void Diff_shows_context_and_elides_distant_unchanged_lines()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"l{i}"));
        var actual = expected.Replace("l10", "ten", StringComparison.Ordinal);

        var diff = LineDiff.Format(expected, actual);

        Assert.Contains("  l8", diff, StringComparison.Ordinal);
        Assert.Contains("- l10", diff, StringComparison.Ordinal);
        Assert.Contains("+ ten", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("  l1\n", diff, StringComparison.Ordinal);
    }

    private void WriteSnapshot(string name, string text)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".snap"), text);
    }
}
