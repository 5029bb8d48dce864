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
        var work = Directory.CreateTempSubdirectory("sg-draft-").FullName;
        try
        {
            var seedDir = Directory.CreateDirectory(Path.Combine(work, "seed")).FullName;
            var sources = Directory.CreateDirectory(Path.Combine(work, "sources")).FullName;
            foreach (var file in Directory.GetFiles(RepositoryPaths.GraphSeed, "*.yaml"))
            {
                File.Copy(file, Path.Combine(seedDir, Path.GetFileName(file)));
            }

            var offered = 0;
            foreach (var paperFile in Directory.GetFiles(RepositoryPaths.Seeds, "0*.txt"))
            {
                File.Copy(paperFile, Path.Combine(sources, Path.GetFileName(paperFile)));
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
    public void Yaml_strings_are_quoted_safely()
    {
        Assert.Equal("\"a \\\"quoted\\\" \\\\ path\\u000a\"", SeedDraftWriter.Quote("a \"quoted\" \\ path\n"));
    }
}
