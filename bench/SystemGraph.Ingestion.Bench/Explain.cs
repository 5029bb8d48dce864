using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Bench;

/// <summary>The passages of a paper with the entities found in them, and the lines offered: for reading misses by eye.</summary>
internal static class Explain
{
    /// <param name="known">The entities the graph holds; <paramref name="takenIds"/>: ids a new entity may not take.</param>
    public static Task<IReadOnlyList<string>> PassagesAsync(IReadOnlyList<KnownEntity> known, IReadOnlySet<string> takenIds, string path, CancellationToken cancellationToken) =>
        PassagesAsync(new EntityCatalog(known), takenIds, path, cancellationToken);

    /// <param name="lookup">Where phrases are looked up: a catalogue of known entities, or a store (as ingestDocument does).</param>
    public static async Task<IReadOnlyList<string>> PassagesAsync(IEntityLookup lookup, IReadOnlySet<string> takenIds, string path, CancellationToken cancellationToken)
    {
        var paper = PaperReader.Read(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), path);
        var extraction = await PaperExtractor.ExtractAsync(paper, lookup, takenIds, cancellationToken).ConfigureAwait(false);
        var mentions = await PaperExtractor.MentionsAsync(paper, lookup, takenIds, cancellationToken).ConfigureAwait(false);
        var output = new List<string>();
        foreach (var passage in paper.Passages)
        {
            output.Add($"{passage.Line,4} {passage.Kind} [{passage.Section}] {Marked(passage.Text, mentions.Find(passage))}" + (passage.LeadIn is { } l ? $"  <<lead-in: {l}>>" : string.Empty));
        }

        if (Environment.GetEnvironmentVariable("EXPLAIN_LINES") is "1")
        {
            // Every line of the text with what it names, as the line-by-line readings (blocks, tables) see it.
            output.Add($"SUBJECT {mentions.Subject?.Entity.Id ?? "(none)"} '{mentions.Subject?.Text}'");
            foreach (var (line, index) in paper.Text.Split('\n').Select((l, i) => (l.Trim(), i + 1)).Where(l => l.Item1.Length > 0))
            {
                output.Add($"{index,4} | {Marked(line, mentions.Find(line, null))}");
            }
        }

        output.AddRange(extraction.Lines.Select(l => $"LINE {GraphNames.ToWire(l.Type)} {l.From.Id} -> {l.To.Id} {l.Basis} {l.Status} '{l.StatusNote}' {l.Confidence:0.00} :: {string.Join(" || ", l.Sources.Select(s => s.Quote))}"));
        output.AddRange(extraction.Entities.Select(e => $"ENTITY {e.Id} {e.Kind} {(e.IsExisting ? "known" : "new")} {e.Confidence:0.00} '{e.MatchedText}'"));
        return output;
    }

    /// <summary>The passage with each mention marked [its words=entity id].</summary>
    private static string Marked(string text, IReadOnlyList<Mention> found)
    {
        foreach (var mention in found.OrderByDescending(m => m.Start))
        {
            text = text[..mention.Start] + "[" + text[mention.Start..mention.End] + "=" + mention.Entity.Id + "]" + text[mention.End..];
        }

        return text;
    }
}
