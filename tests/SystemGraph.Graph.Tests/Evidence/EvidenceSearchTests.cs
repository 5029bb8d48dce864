using SystemGraph.Graph.Evidence;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Store;
using SystemGraph.TestSupport;
using Xunit.Abstractions;

namespace SystemGraph.Graph.Tests.Evidence;

/// <summary>Evidence search over the real source papers and the seed that quotes them.</summary>
public sealed class EvidenceSearchTests(ITestOutputHelper output)
{
    private static readonly Lazy<Task<EmbeddedGraphStore>> Store = new(async () =>
    {
        var seed = await SeedLoader.LoadAsync(RepositoryPaths.GraphSeed, null, CancellationToken.None);
        var store = new EmbeddedGraphStore();
        await store.LoadAsync([.. seed.Graph!.Entities], [.. seed.Graph.Relationships], CancellationToken.None);
        return store;
    });

    [Fact]
    public async Task Pooled_budgets_are_found_in_the_papers_with_the_lines_that_quote_them()
    {
        using var search = new EvidenceSearch(RepositoryPaths.Seeds);

        var result = await search.SearchAsync(await Store.Value, "pooled budgets", 10, null, CancellationToken.None);

        foreach (var p in result.Passages)
        {
            output.WriteLine($"{p.Score} {p.Document.Id} [{p.Section}] {p.Start}-{p.End} rel={p.Relationships.Count} ent={p.Entities.Count}: {p.Snippet}");
        }

        Assert.NotEmpty(result.Passages);
        Assert.Equal(100, result.Passages[0].Score);
        Assert.All(result.Passages, p => Assert.Contains("<mark>", p.Snippet, StringComparison.Ordinal));
        Assert.Contains(result.Passages, p => p.Entities.Any(e => e.Kind == EntityKind.Fund) || p.Relationships.Count > 0);
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, result.Passages[0].Document.File!));
        Assert.Contains("pool", text[result.Passages[0].Start..result.Passages[0].End], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_cited_record_quotes_inside_or_across_its_passage()
    {
        using var search = new EvidenceSearch(RepositoryPaths.Seeds);

        var result = await search.SearchAsync(await Store.Value, "Integrated Delivery Collaborative accountable System Board", 5, ["doc-bury-partnership-2021"], CancellationToken.None);

        Assert.NotEmpty(result.Passages);
        Assert.All(result.Passages, p => Assert.Equal("doc-bury-partnership-2021", p.Document.Id));
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, result.Passages[0].Document.File!));
        var locator = new QuoteLocator(text);
        foreach (var passage in result.Passages)
        {
            Assert.All(passage.Relationships, r => Assert.Contains(
                r.Sources.Where(s => s.DocumentId == passage.Document.Id).SelectMany(s => locator.Find(s.Quote)),
                place => place.Start < passage.End && place.End > passage.Start));
        }

        Assert.Contains(result.Passages, p => p.Relationships.Count > 0);
    }

    [Fact]
    public async Task Documents_without_a_file_in_the_folder_are_skipped_and_named()
    {
        using var search = new EvidenceSearch(RepositoryPaths.Seeds);

        var result = await search.SearchAsync(await Store.Value, "legislation", 5, null, CancellationToken.None);

        Assert.Contains(result.Skipped, s => s.DocumentId == "health-and-care-act-2022");
        Assert.DoesNotContain(result.Skipped, s => s.DocumentId == "doc-bury-partnership-2021");
    }

    [Fact]
    public void Quotes_are_found_with_white_space_folded_and_passages_carry_their_section()
    {
        const string text = "1. Purpose of the Board\nThe board   will\n\tagree the pooled budget.\n2. Membership\n- Leader of the Council\n";
        var locator = new QuoteLocator(text);
        var passages = PaperPassages.Split(text);

        var (start, end) = Assert.Single(locator.Find("will agree the pooled"));
        Assert.Equal("will\n\tagree the pooled", text[start..end]);
        Assert.Empty(locator.Find("not in the text"));
        Assert.Equal(["1. Purpose of the Board", "2. Membership"], passages.Select(p => p.Section).Distinct());
        Assert.Contains(passages, p => p.Section == "1. Purpose of the Board" && text[p.Start..p.End].Contains("pooled budget", StringComparison.Ordinal));
    }
}
