using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Graph.Seed;

/// <summary>
/// Loads a seed folder: reads every <c>*.yaml</c>, checks each file and then the whole (duplicate ids, dangling
/// references, relationship rules, sources that cite unknown documents, and, given the documents folder,
/// quotes that the cited document does not contain). Returns the graph only when there is no problem, so
/// nothing is ever loaded from an invalid seed.
/// </summary>
public static partial class SeedLoader
{
    public static async Task<SeedLoadResult> LoadAsync(string seedDirectory, string? sourcesDirectory, CancellationToken cancellationToken)
    {
        var problems = new List<SeedProblem>();
        if (!Directory.Exists(seedDirectory))
        {
            return new SeedLoadResult(null, [new SeedProblem(seedDirectory, 0, 0, "NO_SEED", $"Seed folder {seedDirectory} does not exist.")]);
        }

        var files = new List<SeedFile>();
        foreach (var path in Directory.GetFiles(seedDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            files.Add(SeedFileReader.Read(Path.GetFileName(path), text, problems));
        }

        var graph = Combine(files, problems);
        if (sourcesDirectory is not null)
        {
            await CheckQuotesAsync(files, graph.Entities, sourcesDirectory, problems, cancellationToken).ConfigureAwait(false);
        }

        var sorted = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
        return new SeedLoadResult(sorted.Count == 0 ? graph : null, sorted);
    }

    /// <summary>Cross-file checks, then extends merged into their targets.</summary>
    private static SeedGraph Combine(List<SeedFile> files, List<SeedProblem> problems)
    {
        var entities = new Dictionary<string, Located<Entity>>(StringComparer.Ordinal);
        foreach (var located in files.SelectMany(f => f.Entities))
        {
            if (!entities.TryAdd(located.Value.Id, located))
            {
                var first = entities[located.Value.Id];
                Add(problems, located, "DUPLICATE_ID", $"Id '{located.Value.Id}' is declared again (first in {first.File}:{first.Node.Line()}).");
            }
        }

        var formerIds = FormerIds.Collect(entities, problems);
        var relationships = new Dictionary<string, Located<Relationship>>(StringComparer.Ordinal);
        foreach (var seedLine in files.SelectMany(f => f.Lines))
        {
            // A line naming a merged entity's old id joins the survivor; its id stays as written (ids are never renamed).
            var located = seedLine.Line;
            var line = located.Value with { FromId = formerIds.Resolve(located.Value.FromId), ToId = formerIds.Resolve(located.Value.ToId) };
            located = located with { Value = line };
            if (!relationships.TryAdd(line.Id, located))
            {
                var first = relationships[line.Id];
                Add(problems, located, "DUPLICATE_ID", $"Relationship id '{line.Id}' is used again (first in {first.File}:{first.Node.Line()}); give one an explicit id.");
                continue;
            }

            var from = entities.GetValueOrDefault(line.FromId)?.Value;
            var to = entities.GetValueOrDefault(line.ToId)?.Value;
            if (from is null)
            {
                Add(problems, located, "DANGLING_REFERENCE", $"'{line.FromId}' (from) is not declared in any seed file.");
            }

            if (to is null)
            {
                Add(problems, located, "DANGLING_REFERENCE", $"'{line.ToId}' (to) is not declared in any seed file.");
            }

            if (from is not null && to is not null && RelationshipRules.Check(line, from, to) is { } broken)
            {
                Add(problems, located, "RULE_BROKEN", broken);
            }
        }

        foreach (var source in files.SelectMany(f => f.Sources))
        {
            if (entities.GetValueOrDefault(source.Source.DocumentId)?.Value is not { Kind: EntityKind.Document })
            {
                problems.Add(new SeedProblem(source.File, source.Node.Line(), source.Node.Column(), "UNKNOWN_DOCUMENT", $"Source document '{source.Source.DocumentId}' is not declared under documents:."));
            }
        }

        var merged = entities.ToDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal);
        foreach (var file in files)
        {
            for (var i = 0; i < file.Extends.Count; i++)
            {
                var extend = file.Extends[i];
                if (!merged.TryGetValue(formerIds.Resolve(extend.Value.Id), out var target))
                {
                    Add(problems, extend, "DANGLING_REFERENCE", $"extend: '{extend.Value.Id}' is not declared in any seed file.");
                    continue;
                }

                merged[target.Id] = target with
                {
                    Aliases = [.. target.Aliases.Concat(extend.Value.Aliases).Where(a => a != target.Name).Distinct(StringComparer.Ordinal)],
                    Sources = target.Sources.AddRange(file.ExtendSources[i]),
                    Attributes = target.Attributes.SetItems(extend.Value.Attributes.Where(a => !target.Attributes.ContainsKey(a.Key))),
                };
            }
        }

        return new SeedGraph(
            [.. merged.Values.OrderBy(e => e.Id, StringComparer.Ordinal)],
            [.. LineLifetimes.Apply(relationships.Values.Select(r => r.Value), merged).OrderBy(r => r.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Every quote must occur in its document's text (runs of white space folded to one space).</summary>
    private static async Task CheckQuotesAsync(List<SeedFile> files, IReadOnlyList<Entity> entities, string sourcesDirectory, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        var documents = entities.Where(e => e.Kind == EntityKind.Document && e.File is not null).ToDictionary(e => e.Id, e => e.File!, StringComparer.Ordinal);
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var source in files.SelectMany(f => f.Sources).Where(s => s.Source.Quote is not null))
        {
            if (!documents.TryGetValue(source.Source.DocumentId, out var fileName))
            {
                continue;
            }

            if (!texts.TryGetValue(fileName, out var text))
            {
                var path = Path.Combine(sourcesDirectory, fileName);
                text = File.Exists(path) ? FoldSpace(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)) : null;
                texts[fileName] = text;
            }

            // Documents that are not in the folder (legislation, ODS extracts) are cited, not checked.
            if (text is not null && !text.Contains(FoldSpace(source.Source.Quote!), StringComparison.Ordinal))
            {
                problems.Add(new SeedProblem(source.File, source.Node.Line(), source.Node.Column(), "QUOTE_NOT_FOUND",
                    $"Quote not found in {fileName}: \"{Shorten(source.Source.Quote!)}\""));
            }
        }
    }

    private static void Add<T>(List<SeedProblem> problems, Located<T> located, string code, string message) =>
        problems.Add(new SeedProblem(located.File, located.Node.Line(), located.Node.Column(), code, message));

    internal static string FoldSpace(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
