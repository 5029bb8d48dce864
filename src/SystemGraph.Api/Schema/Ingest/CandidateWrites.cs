using System.Collections.Immutable;
using System.Security.Cryptography;
using SystemGraph.Api.Schema.Resolvers;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Api.Schema.Ingest;

/// <summary>
/// The writes that put a read paper into a scenario: its Document (with the text), the new entities the candidate
/// lines need (each citing the passage that names it), and the lines, each citing the document and section its quotes
/// are from. New ids that are taken in the graph get a suffix.
/// </summary>
internal static class CandidateWrites
{
    public sealed record Planned(IReadOnlyList<GraphWrite> Writes, IReadOnlyList<(LineCandidate Line, string RelationshipId)> Lines, IReadOnlyDictionary<string, string> EntityIds);

    public static async Task<Planned> PlanAsync(PaperExtraction extraction, string documentId, string fileName, IGraphReader graph, CancellationToken cancellationToken)
    {
        var paper = extraction.Paper;
        var writes = new List<GraphWrite>
        {
            new GraphWrite.UpsertEntity(Document(paper, documentId, fileName), ExpectedVersion: 0),
        };

        var newEntities = extraction.NewEntitiesInLines;
        var taken = await graph.GetEntitiesAsync([.. newEntities.Select(e => e.Id)], cancellationToken).ConfigureAwait(false);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < newEntities.Count; i++)
        {
            var entity = newEntities[i];
            var id = taken[i] is null ? entity.Id : $"{entity.Id}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
            ids[entity.Id] = id;
            var source = extraction.NewEntitySources[entity.Id];
            writes.Add(new GraphWrite.UpsertEntity(new Entity
            {
                Id = id,
                Kind = entity.Kind,
                Name = entity.Name,
                Level = entity.Level,
                Sources = [new SourceRef(documentId, source.Section, source.Quote, source.Table)],
            }, ExpectedVersion: 0));
        }

        string IdOf(EntityCandidate end) => end.ExistingId ?? ids[end.Id];
        var lines = new List<(LineCandidate, string)>();
        foreach (var line in extraction.Lines)
        {
            var from = IdOf(line.From);
            var to = IdOf(line.To);
            var relationship = new Relationship
            {
                Id = MutationResolvers.NewLineId(from, line.Type, to),
                Type = line.Type,
                FromId = from,
                ToId = to,
                Status = line.Status,
                StatusNote = line.StatusNote,
                ValidFrom = line.ValidFrom,
                ValidTo = line.ValidTo,
                Role = line.Role,
                Basis = line.Basis,
                Rationale = line.Rationale,
                LastEvidencedOn = paper.Metadata.PublishedOn,
                Sources = [.. line.Sources.Select(s => new SourceRef(documentId, s.Section, s.Quote, s.Table))],
                Attributes = Reading(line),
            };
            writes.Add(new GraphWrite.AddRelationship(relationship));
            lines.Add((line, relationship.Id));
        }

        return new Planned(writes, lines, ids);
    }

    private static Entity Document(PaperText paper, string id, string fileName) => new()
    {
        Id = id,
        Kind = EntityKind.Document,
        Name = paper.Metadata.Title ?? fileName,
        Title = paper.Metadata.Title,
        Publisher = paper.Metadata.Publisher,
        PublishedOn = paper.Metadata.PublishedOn,
        File = fileName,
        Attributes = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add(DocumentTexts.AttributeKey, paper.Text),
    };

    /// <summary>The reading's confidence, kept with the line so reviewers see it in the scenario.</summary>
    /// <summary>How the line was read, kept on it for review: its confidence, and whether the learnt ranker (not a rule) offered it.</summary>
    private static ImmutableSortedDictionary<string, string> Reading(LineCandidate line)
    {
        var attributes = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)
            .Add("candidateConfidence", line.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        return line.Ranked ? attributes.Add("candidateReadBy", "ranker") : attributes;
    }
}
