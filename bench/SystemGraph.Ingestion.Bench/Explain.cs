using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Bench;

/// <summary>The passages of a paper with the entities found in them, and the lines offered: for reading misses by eye.</summary>
internal static class Explain
{
    /// <param name="cold">As the scorer's cold setting: only entities that another paper or the national seed cites are known.</param>
    public static async Task<IReadOnlyList<string>> PassagesAsync(SeedGraph seed, string path, bool cold, CancellationToken cancellationToken)
    {
        var paper = PaperReader.Read(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), path);
        var document = seed.Entities.Single(e => e.Kind == EntityKind.Document && e.File == Path.GetFileName(path));
        var catalog = new EntityCatalog(seed.Entities.Where(e => e.Kind != EntityKind.Document && (!cold || e.Sources.Any(s => s.DocumentId != document.Id))).Select(KnownEntity.From));
        var extraction = await PaperExtractor.ExtractAsync(paper, catalog, seed.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        var output = new List<string>();
        foreach (var passage in paper.Passages)
        {
            output.Add($"{passage.Line,4} {passage.Kind} [{passage.Section}] {passage.Text}" + (passage.LeadIn is { } l ? $"  <<lead-in: {l}>>" : string.Empty));
        }

        output.AddRange(extraction.Lines.Select(l => $"LINE {GraphNames.ToWire(l.Type)} {l.From.Id} -> {l.To.Id} {l.Basis} {l.Status} '{l.StatusNote}' {l.Confidence:0.00} :: {string.Join(" || ", l.Sources.Select(s => s.Quote))}"));
        output.AddRange(extraction.Entities.Select(e => $"ENTITY {e.Id} {e.Kind} {(e.IsExisting ? "known" : "new")} {e.Confidence:0.00} '{e.MatchedText}'"));
        return output;
    }
}
