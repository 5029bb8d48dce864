using System.Globalization;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Seed.Reference;
using SystemGraph.Graph.Store;
using Xunit;
using Xunit.Abstractions;

namespace SystemGraph.TestSupport.SearchRelevance;

/// <summary>
/// Search relevance over the real seed and the ODS reference data, written once for every store: each case's
/// entity must be in the top three, and the mean reciprocal rank of the cases must be at least
/// <see cref="MinimumMeanReciprocalRank"/>. The suite prints every case's rank and the MRR.
/// </summary>
public abstract class SearchRelevanceConformanceTests(ITestOutputHelper output)
{
    public const double MinimumMeanReciprocalRank = 0.9;

    private static readonly Lazy<Task<SeedGraph>> Graph = new(LoadGraphAsync);

    /// <summary>The store, loaded with the seed and the ODS data (a store that needs a server may skip here).</summary>
    protected abstract Task<IGraphStore> LoadedStoreAsync(SeedGraph graph);

    protected async Task<IGraphStore> StoreAsync() => await LoadedStoreAsync(await Graph.Value);

    [SkippableFact]
    public async Task Every_case_finds_its_entity_in_the_top_three_and_the_mean_reciprocal_rank_is_at_least_0_9()
    {
        var store = await StoreAsync();
        var misses = new List<string>();
        var reciprocalRanks = new List<double>();
        foreach (var @case in RelevanceCases.All)
        {
            var hits = await store.SearchAsync(@case.Text, @case.Kind is { } kind ? new HashSet<EntityKind> { kind } : null, 10, CancellationToken.None);
            var rank = hits.Select(h => h.Entity.Id).ToList().IndexOf(@case.Expected) + 1;
            reciprocalRanks.Add(rank == 0 ? 0 : 1.0 / rank);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(rank == 0 ? "-" : rank.ToString(CultureInfo.InvariantCulture)),2}  {@case}  top: {string.Join(", ", hits.Take(3).Select(h => $"{h.Entity.Id} {h.Score}"))}"));
            if (rank is 0 or > 3)
            {
                misses.Add($"{@case}: rank {(rank == 0 ? "not in the top 10" : rank)}; top 3: {string.Join(", ", hits.Take(3).Select(h => h.Entity.Id))}");
            }
        }

        var mrr = reciprocalRanks.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Mean reciprocal rank over {reciprocalRanks.Count} cases: {mrr:F3}"));
        Assert.True(RelevanceCases.All.Count >= 50, "At least 50 relevance cases.");
        Assert.True(misses.Count == 0, "Not in the top 3:\n" + string.Join('\n', misses));
        Assert.True(mrr >= MinimumMeanReciprocalRank, string.Create(CultureInfo.InvariantCulture, $"Mean reciprocal rank {mrr:F3} is under {MinimumMeanReciprocalRank}."));
    }

    [SkippableTheory]
    [InlineData("Gateshead", "gateshead")]
    [InlineData("gateshead", "gateshead")]
    [InlineData("Primary Care Networks", "halton-primary-care-networks-workstream")]
    [InlineData("NCA", "northern-care-alliance")]
    public async Task An_entity_whose_whole_name_is_the_text_ranks_first(string text, string expected)
    {
        var store = await StoreAsync();

        var hits = await store.SearchAsync(text, null, 5, CancellationToken.None);

        Assert.Equal(expected, hits[0].Entity.Id);
    }

    [SkippableTheory]
    [InlineData("DHSC", "department-of-health-and-social-care")]
    [InlineData("NHSE", "nhs-england")]
    [InlineData("GMCA", "gm-combined-authority")]
    [InlineData("bury idc", "bury-integrated-delivery-collaborative")]
    public async Task Acronyms_derived_from_names_find_the_entity_first(string text, string expected)
    {
        var store = await StoreAsync();

        var hits = await store.SearchAsync(text, null, 5, CancellationToken.None);

        Assert.Equal(expected, hits[0].Entity.Id);
    }

    [SkippableFact]
    public async Task SEND_ranks_the_SEND_board_and_the_SEND_programme_above_SENDIASS()
    {
        var store = await StoreAsync();

        var hits = await store.SearchAsync("SEND", null, 20, CancellationToken.None);
        var ids = hits.Select(h => h.Entity.Id).ToList();
        output.WriteLine(string.Join('\n', hits.Select(h => $"{h.Entity.Id} {h.Score}")));

        var sendiass = ids.IndexOf("gateshead-sendiass");
        Assert.InRange(ids.IndexOf("gateshead-send-board"), 0, sendiass < 0 ? int.MaxValue : sendiass - 1);
        Assert.InRange(ids.IndexOf("gateshead-cyp-send-programme"), 0, sendiass < 0 ? int.MaxValue : sendiass - 1);
    }

    [SkippableFact]
    public async Task Scores_run_from_100_for_the_best_hit_down_and_kinds_filter()
    {
        var store = await StoreAsync();

        var hits = await store.SearchAsync("bury", null, 20, CancellationToken.None);
        var boards = await store.SearchAsync("bury", new HashSet<EntityKind> { EntityKind.Board }, 20, CancellationToken.None);

        Assert.Equal(100, hits[0].Score);
        Assert.All(hits, h => Assert.InRange(h.Score, 0, 100));
        Assert.True(hits.Select(h => h.Score).SequenceEqual(hits.Select(h => h.Score).OrderDescending()));
        Assert.NotEmpty(boards);
        Assert.All(boards, h => Assert.Equal(EntityKind.Board, h.Entity.Kind));
        Assert.Contains(boards, h => h.Entity.Id == "bury-locality-system-board");
    }

    [SkippableFact]
    public async Task Text_without_words_and_query_syntax_give_ordinary_results()
    {
        var store = await StoreAsync();

        foreach (var text in new[] { "", "   ", "\t\n", "name:*", "~", "\"", "(", "\\", "*:*", "bury AND (", "\u0000\u0007bury\u001f", new string('x', 10_000), string.Join(' ', Enumerable.Repeat("bury", 2_000)) })
        {
            var hits = await store.SearchAsync(text, null, 5, CancellationToken.None);
            Assert.True(hits.Count <= 5);
        }

        Assert.Contains((await store.SearchAsync("\u0000bury\u0007 idc", null, 3, CancellationToken.None)), h => h.Entity.Id == "bury-integrated-delivery-collaborative");
    }

    private static async Task<SeedGraph> LoadGraphAsync()
    {
        var result = await SeedLoader.LoadAsync(RepositoryPaths.GraphSeed, null, CancellationToken.None);
        var graph = result.Graph ?? throw new InvalidOperationException("The seed does not load: " + string.Join("; ", result.Problems.Take(3)));
        return Directory.Exists(RepositoryPaths.Ods) ? await OdsImporter.ImportAsync(RepositoryPaths.Ods, graph, CancellationToken.None) : graph;
    }
}
