using SystemGraph.Graph.Seed;

namespace SystemGraph.Api.Cli;

/// <summary>
/// <c>seed validate [--seed DIR] [--sources DIR] [--ods DIR]</c>: checks the seed and prints every problem as
/// <c>file:line:column: message [CODE]</c>, grouped by code (a heading with each code's count), then a count per
/// code; exit code 1 when there are problems.
/// </summary>
internal static class SeedValidateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args, ["--seed", "--sources", "--ods"]);
        if (options.Error is not null)
        {
            await output.WriteLineAsync(options.Error).ConfigureAwait(false);
            return 2;
        }

        string? seed = RepositoryLayout.DefaultSeedDirectory, sources = null, ods = null;
        foreach (var (name, assign) in new (string, Action<string>)[] { ("--seed", v => seed = v), ("--sources", v => sources = v), ("--ods", v => ods = v) })
        {
            if (options.Get(name) is not { } given)
            {
                continue;
            }

            if (RepositoryLayout.ResolveDirectory(given) is not { } resolved)
            {
                await output.WriteLineAsync($"{name} {given}: no such directory.").ConfigureAwait(false);
                return 2;
            }

            assign(resolved);
        }

        if (sources is null)
        {
            // The papers live outside the repository: without them every check runs except the verbatim quotes.
            await output.WriteLineAsync("Quotes not checked: no --sources DIR given (the source papers, e.g. ../shared/seeds); every other check runs.").ConfigureAwait(false);
        }

        var result = await SeedLoader.LoadAsync(seed, sources, cancellationToken).ConfigureAwait(false);
        var byCode = result.Problems.GroupBy(p => p.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var group in byCode)
        {
            await output.WriteLineAsync($"{group.Key} ({group.Count()})").ConfigureAwait(false);
            foreach (var problem in group)
            {
                await output.WriteLineAsync("  " + problem).ConfigureAwait(false);
            }
        }

        if (result.Graph is { } graph)
        {
            await output.WriteLineAsync(
                $"Seed {seed} is valid: {graph.Entities.Count} entities, {graph.Relationships.Count} relationships" +
                (sources is null ? " (quotes not checked: give --sources DIR)." : $", every quote found in {sources}.")).ConfigureAwait(false);
            if (ods is not null)
            {
                var combined = await SystemGraph.Graph.Seed.Reference.OdsImporter.ImportAsync(ods, graph, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"With the reference data in {ods}: {combined.Entities.Count} entities, {combined.Relationships.Count} relationships.").ConfigureAwait(false);
            }

            return 0;
        }

        await output.WriteLineAsync($"Seed {seed} has {result.Problems.Count} problem(s); nothing would be loaded.").ConfigureAwait(false);
        foreach (var group in byCode)
        {
            await output.WriteLineAsync($"  {group.Key,-28} {group.Count(),5}").ConfigureAwait(false);
        }

        return 1;
    }
}
