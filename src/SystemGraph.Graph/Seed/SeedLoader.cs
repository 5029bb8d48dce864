using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed.Validation;

namespace SystemGraph.Graph.Seed;

/// <summary>
/// Loads a seed folder: reads every <c>*.yaml</c>, checks each file and then the whole (duplicate ids, dangling
/// references, relationship rules, sources that cite unknown documents, then the evidence rules of
/// <see cref="SeedRules"/>; given the papers folder, also the rules that read the papers). Returns the graph only
/// when there is no problem, so nothing is ever loaded from an invalid seed.
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

        var combined = Combine(files, problems);
        var papers = sourcesDirectory is null ? null : await ReadPapersAsync(combined.Entities.Values, sourcesDirectory, cancellationToken).ConfigureAwait(false);
        var context = new SeedValidationContext(files, combined.Declared, combined.Entities, combined.Lines, papers, problems);
        foreach (var rule in SeedRules.All.Where(r => papers is not null || !r.NeedsSources))
        {
            rule.Check(context);
        }

        var sorted = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
        if (sorted.Count > 0)
        {
            return new SeedLoadResult(null, sorted);
        }

        var graph = new SeedGraph(
            [.. combined.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal)],
            [.. LineLifetimes.Apply(combined.Lines.Select(l => l.Value), combined.Entities).OrderBy(r => r.Id, StringComparer.Ordinal)]);
        return new SeedLoadResult(graph, sorted);
    }

    /// <summary>The seed combined across files: entities as declared and with extends merged, and the lines.</summary>
    private sealed record Combined(
        IReadOnlyDictionary<string, Located<Entity>> Declared,
        IReadOnlyDictionary<string, Entity> Entities,
        IReadOnlyList<SeedLine> Lines);

    /// <summary>Cross-file checks, then extends merged into their targets.</summary>
    private static Combined Combine(List<SeedFile> files, List<SeedProblem> problems)
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
        var lines = new List<SeedLine>();
        foreach (var seedLine in files.SelectMany(f => f.Lines))
        {
            // A line naming a merged entity's old id joins the survivor; its id stays as written (ids are never renamed).
            var written = seedLine.Line;
            var line = written.Value with { FromId = formerIds.Resolve(written.Value.FromId), ToId = formerIds.Resolve(written.Value.ToId) };
            var located = written with { Value = line };
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

            if (from is not null && to is not null)
            {
                lines.Add(seedLine with { Line = located });
                if (RelationshipRules.CheckEnds(line, from, to) is { } broken)
                {
                    Add(problems, located, "RULE_BROKEN", broken);
                }
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

        return new Combined(entities, merged, lines);
    }

    /// <summary>The text of every declared paper found in the sources folder, by document id.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ReadPapersAsync(IEnumerable<Entity> entities, string sourcesDirectory, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in entities.Where(e => e.Kind == EntityKind.Document && e.File is not null))
        {
            // Documents that are not in the folder (legislation, ODS extracts) are cited, not read.
            var path = Path.Combine(sourcesDirectory, document.File!);
            if (!document.File!.Contains("://", StringComparison.Ordinal) && File.Exists(path))
            {
                texts[document.Id] = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }
        }

        return texts;
    }

    private static void Add<T>(List<SeedProblem> problems, Located<T> located, string code, string message) =>
        problems.Add(new SeedProblem(located.File, located.Node.Line(), located.Node.Column(), code, message));

    internal static string FoldSpace(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
