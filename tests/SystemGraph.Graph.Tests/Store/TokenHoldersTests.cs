using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>Token holders take gains and losses without copying the base, fold when the changes grow, and never change an older version.</summary>
public sealed class TokenHoldersTests
{
    [Fact]
    public void Matches_a_set_through_random_gains_and_losses_including_folds()
    {
        var random = new Random(11);
        var model = new HashSet<string>(Enumerable.Range(0, 100).Select(i => "e" + i), StringComparer.Ordinal);
        var holders = TokenHolders.Adopt([.. model]);
        var versions = new List<(TokenHolders Holders, string[] Expected)>();
        for (var round = 0; round < 300; round++)
        {
            var gained = new List<string>();
            var lost = new List<string>();
            for (var i = 0; i < random.Next(1, 8); i++)
            {
                var id = "e" + random.Next(0, 200);
                if (gained.Contains(id) || lost.Contains(id))
                {
                    continue;
                }

                (model.Contains(id) ? lost : gained).Add(id);
            }

            model.ExceptWith(lost);
            model.UnionWith(gained);
            holders = holders.With(gained, lost);
            Assert.Equal(model.Order(StringComparer.Ordinal), holders.Order(StringComparer.Ordinal));
            Assert.Equal(model.Count, holders.Count);
            versions.Add((holders, [.. model]));
        }

        // Older versions are untouched by later changes.
        Assert.All(versions, v => Assert.Equal(v.Expected.Order(StringComparer.Ordinal), v.Holders.Order(StringComparer.Ordinal)));
    }
}
