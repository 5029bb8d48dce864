using SystemGraph.TestSupport.Snapshots;

namespace SystemGraph.TestSupport.Tests.Snapshots;

/// <summary>The public entry point: naming, serialisation, and the committed snapshots beside this file.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Match_serialises_values_as_indented_camel_case_json()
    {
        Snapshot.Match(new { Name = "Bury Locality Board", Status = System.StringComparison.Ordinal, Aliases = new[] { "Bury LB" } });
    }

    [Fact]
    public async Task Match_names_snapshots_after_class_and_method_inside_async_tests()
    {
        await Task.Yield();
        Snapshot.Match("plain text is compared as it is", "named");
    }

    [Fact]
    public void MatchJson_reindents_json_text()
    {
        Snapshot.MatchJson("{\"data\":{\"a\":[1,2]},\"errors\":[]}");
    }

    [Fact]
    public void SnapshotName_uses_class_method_and_optional_name()
    {
        Assert.Equal("SnapshotTests.M_x", Snapshot.SnapshotName("/any/Other.cs", "M", "x"));
        Assert.Equal("SnapshotTests.M", Snapshot.SnapshotName("/any/Other.cs", "M", null));
    }
}
