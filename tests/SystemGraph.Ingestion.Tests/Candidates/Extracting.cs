using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>Extraction of an invented paper's text against a list of known entities, and the one line a test expects.</summary>
internal static class Extracting
{
    public static Task<PaperExtraction> ExtractAsync(string text, params KnownEntity[] known) => Extract(text, ranked: true, known);

    /// <summary>As <see cref="ExtractAsync"/> without the learnt ranker's offers: what the rules alone read.</summary>
    public static Task<PaperExtraction> RulesOnlyAsync(string text, params KnownEntity[] known) => Extract(text, ranked: false, known);

    private static Task<PaperExtraction> Extract(string text, bool ranked, KnownEntity[] known) =>
        PaperExtractor.ExtractAsync(PaperReader.ReadText(text), new EntityCatalog(known), new HashSet<string>(StringComparer.Ordinal), CancellationToken.None, ranked);

    /// <summary>The one line of this type between these ends, each given by its known id or, for a new entity, its name.</summary>
    public static LineCandidate Line(PaperExtraction extraction, RelationshipType type, string from, string to) =>
        Assert.Single(extraction.Lines, l => l.Type == type && (l.From.ExistingId ?? l.From.Name) == from && (l.To.ExistingId ?? l.To.Name) == to);
}
