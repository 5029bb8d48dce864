using SystemGraph.Graph.Seed.Validation;

namespace SystemGraph.Api.Cli;

/// <summary>
/// <c>seed sections --document FILE [--sources DIR]</c>: prints the section labels of a source paper that a seed
/// <c>section:</c> may cite (the labels rule SECTION_NOT_FOUND accepts), one per line as <c>label</c>, a tab and the
/// line it is on. FILE is a file name in the sources folder (default ../shared/seeds) or a path.
/// </summary>
internal static class SeedSectionsCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args, ["--document", "--sources"]);
        if (options.Error is not null || options.Get("--document") is not { } document)
        {
            await output.WriteLineAsync(options.Error ?? "Give --document FILE (a file name in ../shared/seeds, or a path).").ConfigureAwait(false);
            return 2;
        }

        var sources = options.Get("--sources") is { } given ? RepositoryLayout.ResolveDirectory(given) : RepositoryLayout.DefaultSourcesDirectory;
        var path = new[] { sources is null ? null : Path.Combine(sources, document), Path.GetFullPath(document), Path.Combine(RepositoryLayout.Root, document) }
            .FirstOrDefault(p => p is not null && File.Exists(p));
        if (path is null)
        {
            await output.WriteLineAsync($"--document {document}: no such file (looked in {sources ?? "(no sources folder)"} and here).").ConfigureAwait(false);
            return 2;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        foreach (var label in DocumentSections.Labels(text))
        {
            await output.WriteLineAsync($"{label.Text}\tline {label.Line}").ConfigureAwait(false);
        }

        return 0;
    }
}
