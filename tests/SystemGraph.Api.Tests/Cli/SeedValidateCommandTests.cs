using SystemGraph.Api.Cli;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Cli;

/// <summary>The <c>seed validate</c> command's handler: exit codes and the file:line:column report.</summary>
public sealed class SeedValidateCommandTests
{
    [Fact]
    public async Task The_committed_seed_is_valid_against_its_sources_and_imports_the_reference_data()
    {
        using var output = new StringWriter();

        var exit = await SeedValidateCommand.RunAsync(["--seed", RepositoryPaths.GraphSeed, "--sources", RepositoryPaths.Seeds, "--ods", RepositoryPaths.Ods], output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("is valid", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("every quote found", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("With the reference data", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_are_printed_as_file_line_column_and_exit_1()
    {
        var seed = Directory.CreateTempSubdirectory("sg-cli-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(seed, "bad.yaml"), "entities:\n  - id: x\n    kind: NOPE\n    name: X\n");
            using var output = new StringWriter();

            var exit = await SeedValidateCommand.RunAsync(["--seed", seed], output, CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.Matches(@"bad\.yaml:3:\d+: Unknown kind 'NOPE'", output.ToString());
            Assert.Contains("nothing would be loaded", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(seed, recursive: true);
        }
    }

    [Fact]
    public async Task Problems_are_grouped_by_code_with_a_count_per_code()
    {
        var seed = Directory.CreateTempSubdirectory("sg-cli-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(seed, "bad.yaml"), """
                documents:
                  - { id: doc-a, file: a.txt, name: A }
                entities:
                  - { id: x, kind: BOARD, name: X, sources: [{ quote: "too short" }] }
                  - { id: y, kind: BOARD, name: Y, sources: [{ quote: "also short" }] }
                relationships:
                  - { type: ACCOUNTABLE_TO, from: x, to: y, status: PROPOSED, basis: INFERRED, sources: [{ quote: "x is accountable to y, the paper says" }] }
                """);
            using var output = new StringWriter();

            var exit = await SeedValidateCommand.RunAsync(["--seed", seed], output, CancellationToken.None);

            var lines = output.ToString().Split(Environment.NewLine);
            Assert.Equal(1, exit);
            Assert.Equal(["INFERRED_WITHOUT_RATIONALE (1)", "QUOTE_TOO_SHORT (2)"], lines.Where(l => l.Length > 0 && char.IsUpper(l[0]) && l.EndsWith(')')));
            Assert.Contains(lines, l => l.StartsWith("  bad.yaml:4:", StringComparison.Ordinal) && l.EndsWith("[QUOTE_TOO_SHORT]", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Trim().StartsWith("QUOTE_TOO_SHORT", StringComparison.Ordinal) && l.Trim().EndsWith(" 2", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(seed, recursive: true);
        }
    }

    [Fact]
    public async Task Missing_directories_and_unknown_options_exit_2()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await SeedValidateCommand.RunAsync(["--sources", "/no/such/dir"], output, CancellationToken.None));
        Assert.Equal(2, await SeedValidateCommand.RunAsync(["--colour", "blue"], output, CancellationToken.None));
    }
}
