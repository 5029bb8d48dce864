using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Drafting;
using SystemGraph.Ingestion.Reading;
using SystemGraph.TestSupport;

namespace SystemGraph.Ingestion.Tests.Drafting;

/// <summary>
/// Every candidate passes the seed validator's rules: a draft of each of the five papers, drafted against the seed's own
/// entities, loads with the seed and its sources (quotes found, sections found, ends named, no quote overused...).
/// </summary>
public sealed class SeedDraftTests
{
    [Fact]
    public async Task Drafts_of_the_five_papers_pass_every_rule_of_the_seed_validator()
    {
        var seed = (await SeedLoader.LoadAsync(RepositoryPaths.GraphSeed, null, CancellationToken.None)).Graph!;
        var (work, seedDir, sources) = Workspace();
        try
        {
            var offered = 0;
            foreach (var paperFile in Directory.GetFiles(RepositoryPaths.Seeds, "0*.txt"))
            {
                var paper = PaperReader.Read(await File.ReadAllBytesAsync(paperFile), paperFile);
                var catalog = new EntityCatalog(seed.Entities.Where(e => e.Kind != EntityKind.Document).Select(KnownEntity.From));
                var extraction = await PaperExtractor.ExtractAsync(paper, catalog, seed.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), CancellationToken.None);
                offered += extraction.Lines.Count;
                var name = Slugs.Of("draft-" + Path.GetFileNameWithoutExtension(paperFile));
                await File.WriteAllTextAsync(Path.Combine(sources, name + ".txt"), paper.Text);
                await File.WriteAllTextAsync(Path.Combine(seedDir, name + ".yaml"), SeedDraftWriter.Write(extraction, "doc-" + name, name + ".txt", name));
            }

            var result = await SeedLoader.LoadAsync(seedDir, sources, CancellationToken.None);

            Assert.True(result.IsValid, string.Join("\n", result.Problems.Take(20)));
            Assert.True(offered > 0);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task A_draft_with_new_areas_gives_each_its_level_and_loads_with_the_seed()
    {
        var seed = (await SeedLoader.LoadAsync(RepositoryPaths.GraphSeed, null, CancellationToken.None)).Graph!;
        var (work, seedDir, sources) = Workspace();
        try
        {
            var paper = PaperReader.ReadText(
                "Wexcombe Health Partnership: about us\n\nThe Wexcombe Health Partnership covers the Oakshire Locality and the Thornfield Neighbourhood.\n\n"
                + "The Wexcombe Health Partnership is part of the Wexcombe and Oakshire ICS.\n");
            var catalog = new EntityCatalog(seed.Entities.Where(e => e.Kind != EntityKind.Document).Select(KnownEntity.From));
            var extraction = await PaperExtractor.ExtractAsync(paper, catalog, seed.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), CancellationToken.None);
            await File.WriteAllTextAsync(Path.Combine(sources, "draft-areas.txt"), paper.Text);
            var draft = SeedDraftWriter.Write(extraction, "doc-draft-areas", "draft-areas.txt", "draft-areas");
            await File.WriteAllTextAsync(Path.Combine(seedDir, "draft-areas.yaml"), draft);

            Assert.Contains("level: PLACE", draft, StringComparison.Ordinal);
            Assert.Contains("level: NEIGHBOURHOOD", draft, StringComparison.Ordinal);
            Assert.Contains("level: SYSTEM", draft, StringComparison.Ordinal);
            var result = await SeedLoader.LoadAsync(seedDir, sources, CancellationToken.None);
            Assert.True(result.IsValid, string.Join("\n", result.Problems.Take(20)));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A copy of the seed and of the five papers it cites, for a draft to be loaded beside them.</summary>
    private static (string Work, string Seed, string Sources) Workspace()
    {
        var work = Directory.CreateTempSubdirectory("sg-draft-").FullName;
        var seedDir = Directory.CreateDirectory(Path.Combine(work, "seed")).FullName;
        var sources = Directory.CreateDirectory(Path.Combine(work, "sources")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.GraphSeed, "*.yaml"))
        {
            File.Copy(file, Path.Combine(seedDir, Path.GetFileName(file)));
        }

        foreach (var paperFile in Directory.GetFiles(RepositoryPaths.Seeds, "0*.txt"))
        {
            File.Copy(paperFile, Path.Combine(sources, Path.GetFileName(paperFile)));
        }

        return (work, seedDir, sources);
    }

    [Fact]
    public void Yaml_strings_are_quoted_safely()
    {
        Assert.Equal("\"a \\\"quoted\\\" \\\\ path\\u000a\"", SeedDraftWriter.Quote("a \"quoted\" \\ path\n"));
    }
}
