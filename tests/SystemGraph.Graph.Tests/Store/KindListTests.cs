using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The kind list takes changes without copying its base, folds them in when they grow, and reads in id order.</summary>
public sealed class KindListTests
{
    private static Entity Board(string id, string name = "B") => new() { Id = id, Kind = EntityKind.Board, Name = name };

    [Fact]
    public void Puts_replacements_and_removals_apply_together_in_id_order()
    {
        var list = KindList.FromUnsorted([Board("b"), Board("d"), Board("f"), Board("h")]);

        var next = list.Apply(new Dictionary<string, Entity?>
        {
            ["a"] = Board("a"),
            ["d"] = Board("d", "renamed"),
            ["f"] = null,
            ["g"] = Board("g"),
            ["z"] = Board("z"),
            ["nope"] = null,
        });

        Assert.Equal(["a", "b", "d", "g", "h", "z"], next.Items.Select(e => e.Id));
        Assert.Equal("renamed", next.Items.ElementAt(2).Name);
        Assert.Equal(["b", "d", "f", "h"], list.Items.Select(e => e.Id));
    }

    [Fact]
    public void Matches_a_list_built_from_scratch_after_random_batches_including_folds()
    {
        var random = new Random(7);
        var model = new SortedDictionary<string, Entity>(StringComparer.Ordinal);
        var list = KindList.FromUnsorted([]);
        for (var round = 0; round < 200; round++)
        {
            var changes = new Dictionary<string, Entity?>(StringComparer.Ordinal);
            for (var i = 0; i < random.Next(1, 6); i++)
            {
                var id = "e" + random.Next(0, 400).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
                changes[id] = random.Next(3) == 0 ? null : Board(id, "r" + round);
            }

            foreach (var (id, entity) in changes)
            {
                if (entity is null)
                {
                    model.Remove(id);
                }
                else
                {
                    model[id] = entity;
                }
            }

            list = list.Apply(changes);
            Assert.Equal(model.Values, list.Items);
            Assert.Equal(model.Count, list.Count);
        }
    }
}
