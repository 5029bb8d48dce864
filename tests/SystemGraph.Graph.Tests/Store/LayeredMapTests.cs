using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The two-layer map behind snapshots: overlay wins, older maps never change, large overlays fold into a new base.</summary>
public sealed class LayeredMapTests
{
    private static LayeredMap<string, int> Base(int count) =>
        LayeredMap<string, int>.Adopt(Enumerable.Range(0, count).ToDictionary(i => $"k{i}", i => i, StringComparer.Ordinal));

    [Fact]
    public void Writes_go_to_a_new_map_and_leave_the_old_one_as_it_was()
    {
        var before = Base(10);
        var builder = before.ToBuilder();
        builder["k1"] = 100;
        builder["new"] = 7;
        var after = builder.ToImmutable();

        Assert.Equal(1, before["k1"]);
        Assert.False(before.ContainsKey("new"));
        Assert.Equal(10, before.Count);
        Assert.Equal(100, after["k1"]);
        Assert.Equal(7, after["new"]);
        Assert.Equal(11, after.Count);
    }

    [Fact]
    public void Enumeration_lists_each_key_once_with_its_newest_value()
    {
        var builder = Base(5).ToBuilder();
        builder["k2"] = 20;
        builder["k9"] = 9;
        var map = builder.ToImmutable();

        var entries = map.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();

        Assert.Equal(["k0", "k1", "k2", "k3", "k4", "k9"], entries.Select(kv => kv.Key));
        Assert.Equal(20, entries.Single(kv => kv.Key == "k2").Value);
        Assert.Equal(map.Count, map.Values.Count());
    }

    [Fact]
    public void A_large_overlay_folds_into_a_new_base_without_changing_what_the_map_says()
    {
        var map = Base(100);
        var older = map;
        for (var round = 0; round < 3; round++)
        {
            var builder = map.ToBuilder();
            for (var i = 0; i < 1_000; i++)
            {
                builder[$"r{round}-{i}"] = i;
            }

            map = builder.ToImmutable();
        }

        Assert.Equal(3_100, map.Count);
        Assert.Equal(3_100, map.Select(kv => kv.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(999, map["r2-999"]);
        Assert.Equal(5, map["k5"]);
        Assert.Equal(100, older.Count);
        Assert.False(older.ContainsKey("r0-0"));
    }
}
