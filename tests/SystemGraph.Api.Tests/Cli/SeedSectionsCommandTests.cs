using SystemGraph.Api.Cli;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Cli;

/// <summary>The <c>seed sections</c> command: a paper's citable section labels, one a line, with where they are.</summary>
public sealed class SeedSectionsCommandTests
{
    [Fact]
    public async Task A_papers_headings_and_numbered_paragraphs_are_listed_with_their_lines()
    {
        using var output = new StringWriter();

        var exit = await SeedSectionsCommand.RunAsync(["--document", "004_092af6ef060a5ec0.txt", "--sources", RepositoryPaths.Seeds], output, CancellationToken.None);

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal(0, exit);
        Assert.Contains("Executive Summary\tline 12", lines);
        Assert.Contains(lines, l => l.StartsWith("5. Bury System Board – Potential Membership\tline ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("8. Bury Integrated Delivery Collaborative – Draft Terms of Reference\tline ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_document_or_option_exits_2()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await SeedSectionsCommand.RunAsync([], output, CancellationToken.None));
        Assert.Equal(2, await SeedSectionsCommand.RunAsync(["--document", "no-such-paper.txt", "--sources", RepositoryPaths.Seeds], output, CancellationToken.None));
    }
}
