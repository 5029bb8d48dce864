using SystemGraph.Graph.Model;
using SystemGraph.Graph.Search;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Evidence;

/// <summary>
/// Search over the text of the source papers (the files Document entities name, in the sources folder): the best
/// passages for a text, each with the relationships and entities whose quotes fall inside or overlap it, so an
/// analyst sees where the papers say something and which lines of the graph rest on it. Documents whose file is
/// not in the folder (legislation, ODS extracts, papers not supplied) are skipped and reported, not an error.
/// </summary>
public sealed class EvidenceSearch(string? sourcesDirectory) : IDisposable
{
    /// <summary>Records citing one document are read in pages of this many.</summary>
    private const int PageSize = 1000;

    private readonly SemaphoreSlim building = new(1, 1);
    private (string Signature, EvidenceIndex Index, IReadOnlyList<SkippedDocument> Skipped)? built;

    public async Task<EvidenceResult> SearchAsync(IGraphReader reader, string text, int first, IReadOnlyCollection<string>? documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (index, skipped) = await IndexAsync(reader, cancellationToken).ConfigureAwait(false);
        var hits = index.Search(SearchWords.Of(text), documents, first);
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.Score);
        var citations = new Dictionary<string, Citations>(StringComparer.Ordinal);
        var passages = new List<EvidencePassage>(hits.Count);
        foreach (var hit in hits)
        {
            if (!citations.TryGetValue(hit.Paper.Document.Id, out var cited))
            {
                citations[hit.Paper.Document.Id] = cited = await CitationsAsync(reader, hit.Paper, cancellationToken).ConfigureAwait(false);
            }

            var (start, end) = (hit.Passage.Start, hit.Passage.End);
            passages.Add(new EvidencePassage(
                hit.Paper.Document,
                hit.Passage.Section,
                hit.Snippet,
                start,
                end,
                best > 0 ? Math.Round(100.0 * hit.Score / best, 1) : 0,
                [.. cited.Relationships.Where(c => c.Places.Any(p => p.Start < end && p.End > start)).Select(c => c.Record)],
                [.. cited.Entities.Where(c => c.Places.Any(p => p.Start < end && p.End > start)).Select(c => c.Record)]));
        }

        var askedSkipped = documents is null ? skipped : [.. skipped.Where(s => documents.Contains(s.DocumentId))];
        return new EvidenceResult(passages, askedSkipped);
    }

    /// <summary>The index of the papers the graph's documents name, rebuilt only when that list changes.</summary>
    private async Task<(EvidenceIndex Index, IReadOnlyList<SkippedDocument> Skipped)> IndexAsync(IGraphReader reader, CancellationToken cancellationToken)
    {
        var page = await reader.QueryEntitiesAsync(new EntityQuery { Kinds = new HashSet<EntityKind> { EntityKind.Document } }, cancellationToken).ConfigureAwait(false);
        var withFiles = page.Items.Where(d => !string.IsNullOrWhiteSpace(d.File)).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var signature = string.Join('\n', withFiles.Select(d => d.Id + "\t" + d.File));
        if (built is { } current && current.Signature == signature)
        {
            return (current.Index, current.Skipped);
        }

        await building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (built is { } again && again.Signature == signature)
            {
                return (again.Index, again.Skipped);
            }

            var papers = new List<SourcePaper>();
            var skipped = new List<SkippedDocument>();
            foreach (var document in withFiles)
            {
                if (await ReadAsync(document.File!, cancellationToken).ConfigureAwait(false) is { } text)
                {
                    papers.Add(new SourcePaper(document, text));
                }
                else
                {
                    skipped.Add(new SkippedDocument(document.Id, document.File!, sourcesDirectory is null
                        ? "No sources folder is available (Graph:SourcesPath)."
                        : "The file is not in the sources folder (an external citation, or a paper not supplied)."));
                }
            }

            var index = new EvidenceIndex(papers);
            built = (signature, index, skipped);
            return (index, skipped);
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>A paper's text, or null when the file name is not a plain file name in the folder (never a path out of it).</summary>
    private async Task<string?> ReadAsync(string file, CancellationToken cancellationToken)
    {
        if (sourcesDirectory is null || file.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || file is "." or ".." || Path.GetFileName(file) != file)
        {
            return null;
        }

        var path = Path.Combine(sourcesDirectory, file);
        return File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>The relationships and entities citing the paper, with where their quotes are in its text.</summary>
    private static async Task<Citations> CitationsAsync(IGraphReader reader, SourcePaper paper, CancellationToken cancellationToken)
    {
        var cites = new SourceFilter.Compare("documentId", FilterOperator.Eq, paper.Document.Id);
        var relationships = new List<Relationship>();
        var entities = new List<Entity>();
        try
        {
            for (var offset = 0; ; offset += PageSize)
            {
                var lines = await reader.QueryRelationshipsAsync(
                    new RelationshipPageQuery { Filter = new RelationshipFilter.Sources(ListQuantifier.Some, cites), Offset = offset, Limit = PageSize }, cancellationToken).ConfigureAwait(false);
                relationships.AddRange(lines.Items);
                if (lines.Items.Count < PageSize)
                {
                    break;
                }
            }

            for (var offset = 0; ; offset += PageSize)
            {
                var records = await reader.QueryEntitiesAsync(
                    new EntityQuery { Filter = new EntityFilter.Sources(ListQuantifier.Some, cites), Offset = offset, Limit = PageSize }, cancellationToken).ConfigureAwait(false);
                entities.AddRange(records.Items);
                if (records.Items.Count < PageSize)
                {
                    break;
                }
            }
        }
        catch (FilterNotSupportedException)
        {
            // A store that cannot filter inside sources (Neo4j keeps them as JSON): read every record and filter here.
            relationships = [.. (await reader.QueryRelationshipsAsync(new RelationshipPageQuery(), cancellationToken).ConfigureAwait(false)).Items
                .Where(r => r.Sources.Any(s => s.DocumentId == paper.Document.Id))];
            entities = [.. (await reader.QueryEntitiesAsync(new EntityQuery(), cancellationToken).ConfigureAwait(false)).Items
                .Where(e => e.Sources.Any(s => s.DocumentId == paper.Document.Id))];
        }

        return new Citations(
            [.. relationships.Select(r => new Cited<Relationship>(r, Places(paper, r.Sources))).Where(c => c.Places.Count > 0)],
            [.. entities.Select(e => new Cited<Entity>(e, Places(paper, e.Sources))).Where(c => c.Places.Count > 0)]);
    }

    private static List<(int Start, int End)> Places(SourcePaper paper, IEnumerable<SourceRef> sources) =>
        [.. sources.Where(s => s.DocumentId == paper.Document.Id).SelectMany(s => paper.Quotes.Find(s.Quote))];

    public void Dispose() => building.Dispose();

    private sealed record Cited<T>(T Record, IReadOnlyList<(int Start, int End)> Places);

    private sealed record Citations(IReadOnlyList<Cited<Relationship>> Relationships, IReadOnlyList<Cited<Entity>> Entities);
}
