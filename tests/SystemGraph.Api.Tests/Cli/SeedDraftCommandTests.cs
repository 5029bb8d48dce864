using SystemGraph.Api.Cli;
using SystemGraph.Api.Tests.Ingest;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Cli;

/// <summary><c>seed draft</c> end to end: a generated PDF paper becomes a draft that <c>seed validate</c> accepts with the seed and its sources.</summary>
public sealed class SeedDraftCommandTests
{
    [Fact]
    public async Task A_draft_of_a_pdf_paper_passes_seed_validate_with_the_seed_and_the_papers()
    {
        var work = Directory.CreateTempSubdirectory("sg-draft-cli-").FullName;
        try
        {
            var seed = Directory.CreateDirectory(Path.Combine(work, "seed")).FullName;
            var sources = Directory.CreateDirectory(Path.Combine(work, "sources")).FullName;
            foreach (var file in Directory.GetFiles(RepositoryPaths.GraphSeed, "*.yaml"))
            {
                File.Copy(file, Path.Combine(seed, Path.GetFileName(file)));
            }

            foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt"))
            {
                File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
            }

            var pdf = Path.Combine(work, "riverford.pdf");
            await File.WriteAllBytesAsync(pdf, BoardPaperPdf.Write(
                "1. Governance of the Riverford Partnership",
                "",
                "1.1 The Riverford Quality Committee is a sub-committee of the Riverford Partnership Board.",
                "",
                "1.2 The Riverford Partnership Board is accountable to NHS England for the place plan.",
                "",
                "1.3 The Riverford Finance Group will report to the Riverford Partnership Board every quarter."));
            using var output = new StringWriter();

            var drafted = await SeedDraftCommand.RunAsync(["--document", pdf, "--out", Path.Combine(seed, "riverford.yaml"), "--date", "2025-03-14", "--seed", RepositoryPaths.GraphSeed], output, CancellationToken.None);
            File.Move(Path.Combine(seed, "riverford.txt"), Path.Combine(sources, "riverford.txt"));
            var validated = await SeedValidateCommand.RunAsync(["--seed", seed, "--sources", sources], output, CancellationToken.None);

            Assert.Equal(0, drafted);
            Assert.Equal(0, validated);
            var draft = await File.ReadAllTextAsync(Path.Combine(seed, "riverford.yaml"));
            Assert.Contains("type: ACCOUNTABLE_TO", draft, StringComparison.Ordinal);
            Assert.Contains("to: nhs-england   # known", draft, StringComparison.Ordinal);
            Assert.Contains("quote: \"The Riverford Partnership Board is accountable to NHS England for the place plan.\"", draft, StringComparison.Ordinal);
            Assert.Contains("publishedOn: 2025-03-14", draft, StringComparison.Ordinal);
            Assert.Contains("is valid", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task An_unreadable_paper_exits_1_with_its_code_and_writes_nothing()
    {
        var work = Directory.CreateTempSubdirectory("sg-draft-bad-").FullName;
        try
        {
            var empty = Path.Combine(work, "empty.pdf");
            await File.WriteAllBytesAsync(empty, []);
            using var output = new StringWriter();

            var exit = await SeedDraftCommand.RunAsync(["--document", empty, "--out", Path.Combine(work, "draft.yaml"), "--seed", RepositoryPaths.GraphSeed], output, CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.Contains("DOCUMENT_EMPTY", output.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(work, "draft.yaml")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
