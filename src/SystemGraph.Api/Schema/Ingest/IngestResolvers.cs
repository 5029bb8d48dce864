using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Api.Schema.Writes;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Api.Schema.Ingest;

/// <summary>
/// <c>ingestDocument</c>: reads a paper (SystemGraph.Ingestion), opens a scenario and writes into it, through the usual
/// write path (<see cref="WriteRunner.CommitAsync"/>, so the audit log records who brought what in and why), the
/// paper's Document with its text, the new entities and the candidate lines. A paper that cannot be read is refused
/// with a <c>DocumentReadError</c> and nothing is written. (Its kept text is served by <c>Document.text</c>: EntityResolvers.)
/// </summary>
internal static class IngestResolvers
{
    private static readonly IReadOnlySet<string> Errors = WriteRunner.Union("ValidationError", "DocumentReadError", "NotFoundError", "DuplicateError", "RuleViolationError");

    public static void Register(SchemaBuilderOptions o)
    {
        o.AddResolver("CandidateLine.relationship", async ctx => await ctx.LoadRelationshipAsync(((CandidateLineView)ctx.Source!).RelationshipId).ConfigureAwait(false));
        o.AddResolver("Mutation.ingestDocument", async ctx => await IngestAsync(ctx).ConfigureAwait(false));
        SuggestResolvers.Register(o);
    }

    private static async Task<object?> IngestAsync(IResolveFieldContext ctx)
    {
        var input = WriteInput.Of(ctx);
        var caller = Caller.Of(ctx);
        caller.RequireScenarioAccess("ingestDocument");
        var reason = input.String("reason")?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > Evidence.MaxTextLength)
        {
            return WriteRunner.Refused(Errors, [new ValidationError($"Every write states the author's reason (input.reason, at most {Evidence.MaxTextLength} characters).", "reason")]);
        }

        var options = ctx.RequestServices?.GetService<IOptions<IngestionOptions>>()?.Value ?? new IngestionOptions();
        var (paper, fileName, refusal) = Read(input, options);
        if (paper is null)
        {
            return WriteRunner.Refused(Errors, [refusal!]);
        }

        var store = ctx.Store();
        var extraction = await PaperExtractor.ExtractAsync(paper, new StoreEntityLookup(store), new HashSet<string>(StringComparer.Ordinal), ctx.CancellationToken, options.RankedLines).ConfigureAwait(false);
        var title = paper.Metadata.Title ?? fileName;
        var documentId = $"doc-{Slugs.Of(title)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        var planned = await CandidateWrites.PlanAsync(extraction, documentId, fileName, store, ctx.CancellationToken).ConfigureAwait(false);

        // The scenario first (a lifecycle write is a batch of its own), then everything the paper gives, in it.
        var scenarioId = $"scn-ingest-{Slugs.Of(title)[..Math.Min(40, Slugs.Of(title).Length)]}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        var info = new ChangeInfo(caller.Subject, DateTimeOffset.UtcNow, "ingestDocument", reason,
            Rationale: $"Candidates read from '{fileName}' (by rule, and by the learnt ranker where marked): {planned.Lines.Count} line(s), for review before promotion.");
        var opened = await store.WriteAsync(new GraphWriteBatch(
            [new GraphWrite.OpenScenario(scenarioId, $"Paper: {title}", $"Candidate lines read from '{fileName}' ({documentId}).")], info), ctx.CancellationToken).ConfigureAwait(false);
        if (!opened.Committed)
        {
            return WriteRunner.Refused(Errors, opened.Errors.Select(e => new ValidationError(e.Message)).ToList());
        }

        var payload = await WriteRunner.CommitAsync(ctx, Errors, new GraphWriteBatch(planned.Writes, info with { Source = new SourceRef(documentId) }, scenarioId), async _ => new(StringComparer.Ordinal)
        {
            ["document"] = await ctx.LoadEntityAsync(documentId).ConfigureAwait(false),
            ["scenario"] = (await store.GetScenariosAsync([scenarioId], ctx.CancellationToken).ConfigureAwait(false))[0],
            ["entities"] = extraction.Entities.Select(e => Entity(e, planned.EntityIds)).ToList(),
            ["lines"] = planned.Lines.Select(l => new CandidateLineView(l.RelationshipId, l.Line)).ToList(),
        }).ConfigureAwait(false);

        if (payload is Dictionary<string, object?> shaped && shaped.GetValueOrDefault("errors") is not null)
        {
            // The candidates were refused: close the empty scenario so nothing is left behind.
            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.DiscardScenario(scenarioId)], info), ctx.CancellationToken).ConfigureAwait(false);
        }

        return payload;
    }

    /// <summary>The paper from the input (a base64 file or text), or the refusal.</summary>
    private static (PaperText? Paper, string FileName, PayloadError? Refusal) Read(WriteInput input, IngestionOptions options)
    {
        var file = input.String("file");
        var text = input.String("text");
        var fileName = Path.GetFileName(input.String("fileName")?.Trim() is { Length: > 0 } name ? name : file is null ? "pasted.txt" : "paper");
        if ((file is null) == (text is null))
        {
            return (null, fileName, new ValidationError("Give the paper as input.file (base64) or input.text, not both.", "file"));
        }

        var limits = new ReadLimits(options.MaxBytes, options.MaxTextChars);
        var meta = input.Object("metadata");
        var given = meta is null ? null : new PaperMetadata(meta.String("title"), meta.String("publisher"), meta.Date("publishedOn"));
        try
        {
            if (text is not null)
            {
                return (PaperReader.ReadText(text, given, limits), fileName, null);
            }

            // The encoded size bounds the decoded one: refuse before decoding anything too large.
            if (file!.Length / 4 * 3 > limits.MaxBytes + 3)
            {
                throw new PaperReadException(PaperReadErrors.TooLarge, $"The file is larger than {limits.MaxBytes:N0} bytes, the most that can be brought in.");
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(file);
            }
            catch (FormatException)
            {
                return (null, fileName, new ValidationError("input.file is not base64.", "file"));
            }

            return (PaperReader.Read(bytes, fileName, given, limits), fileName, null);
        }
        catch (PaperReadException e)
        {
            return (null, fileName, new DocumentReadError(e.Message, e.Code));
        }
    }

    /// <summary>A candidate entity as the contract's CandidateEntity: its id in the graph (existing, or as the writes gave it), else its own.</summary>
    internal static Dictionary<string, object?> Entity(EntityCandidate e, IReadOnlyDictionary<string, string> ids) => new(StringComparer.Ordinal)
    {
        ["id"] = e.ExistingId ?? ids.GetValueOrDefault(e.Id) ?? e.Id,
        ["kind"] = e.Kind,
        ["name"] = e.Name,
        ["existing"] = e.IsExisting,
        ["confidence"] = e.Confidence,
        ["matchedText"] = e.MatchedText,
        ["sourceText"] = e.SourceText,
        ["section"] = e.Section,
    };

    /// <summary>A candidate line in the payload: the line written (by id, read in the scenario) and how it was read.</summary>
    internal sealed record CandidateLineView(string RelationshipId, LineCandidate Candidate)
    {
        public string Basis => GraphNames.ToWire(Candidate.Basis);

        public string? Rationale => Candidate.Rationale;

        public double Confidence => Candidate.Confidence;

        public IReadOnlyList<string> Mentions => [.. Candidate.FromMentions, .. Candidate.ToMentions];

        public bool ByRule => !Candidate.Ranked;
    }
}
