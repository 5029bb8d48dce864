using Microsoft.Extensions.Options;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Graph.Store;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Api.Schema.Ingest;

/// <summary>
/// <c>suggestLines</c>: the lines the words a reviewer selected in a paper may state (<see cref="QuoteSuggester"/>),
/// read against the graph the reviewer works in (the scenario, when given), less the lines it already holds. Nothing is
/// written: the reviewer adds a suggestion with <c>linkEntities</c>, so the audit log records who added what.
/// </summary>
internal static class SuggestResolvers
{
    /// <summary>How many ends a reviewer may choose for one selection: the two ends of a line.</summary>
    private const int MaxChosenEnds = 2;

    public static void Register(SchemaBuilderOptions o) =>
        o.AddResolver("Query.suggestLines", async ctx => await SuggestAsync(ctx).ConfigureAwait(false));

    private static async Task<object?> SuggestAsync(IResolveFieldContext ctx)
    {
        Caller.Of(ctx).RequireScenarioAccess("suggestLines");
        var quote = ctx.RequiredString("quote");
        if (quote.Length > QuoteSuggester.MaxQuoteChars || string.IsNullOrWhiteSpace(quote))
        {
            throw ApiErrors.Invalid($"suggestLines(quote:) must be the selected words: 1 to {QuoteSuggester.MaxQuoteChars:N0} characters; it has {quote.Length}.");
        }

        if (ctx.Arg<string>("scenario") is { } scenario)
        {
            await ctx.EnterScenarioAsync(scenario).ConfigureAwait(false);
        }

        var documentId = ctx.RequiredString("document");
        var document = await ctx.LoadEntityAsync(documentId).ConfigureAwait(false);
        if (document is not { Kind: EntityKind.Document })
        {
            throw new GraphQL.Error.GraphQLException(GraphQL.Error.GraphQLError.WithCode($"No document has the id '{documentId}'.", ApiErrors.NotFound));
        }

        var chosen = new List<KnownEntity>();
        var ends = ctx.Arguments.TryGetValue("ends", out var given) && given is System.Collections.IEnumerable list
            ? list.Cast<object?>().OfType<string>().Distinct(StringComparer.Ordinal).ToList()
            : [];
        if (ends.Count > MaxChosenEnds)
        {
            throw ApiErrors.Invalid($"suggestLines(ends:) takes at most {MaxChosenEnds} entities; it has {ends.Count}.");
        }

        foreach (var id in ends)
        {
            var entity = await ctx.LoadEntityAsync(id).ConfigureAwait(false);
            if (entity is null || entity.Kind == EntityKind.Document)
            {
                throw ApiErrors.EntityNotFound(id);
            }

            chosen.Add(KnownEntity.From(entity));
        }

        var text = await DocumentTexts.ReadAsync(ctx, document).ConfigureAwait(false)
            ?? throw ApiErrors.Invalid($"The server does not hold the text of '{documentId}', so no words can be selected in it.");
        var reader = ctx.Reader();
        var options = ctx.RequestServices?.GetService<IOptions<IngestionOptions>>()?.Value ?? new IngestionOptions();
        Ingestion.Text.PaperText paper;
        try
        {
            paper = PaperReader.ReadText(text, new Ingestion.Text.PaperMetadata(document.Name), new ReadLimits(options.MaxBytes, options.MaxTextChars));
        }
        catch (PaperReadException e)
        {
            // A seed paper longer than papers may be brought in, or one with no text: nothing to select in.
            throw ApiErrors.Invalid($"The text of '{documentId}' cannot be read for suggestions: {e.Message}");
        }

        var suggested = await QuoteSuggester.SuggestAsync(
            paper, quote, new StoreEntityLookup(reader), new HashSet<string>(StringComparer.Ordinal), (lines, ct) => NotHeldAsync(reader, lines, ct), chosen, ctx.CancellationToken).ConfigureAwait(false)
            ?? throw ApiErrors.Invalid($"The selected words are not in the text of '{documentId}' (quote: the words as they stand there, in order).");
        // Places in Document.text as served: the reader's own, unless it changed the text (it folds "\r\n" to "\n").
        var (start, end) = string.Equals(paper.Text, text, StringComparison.Ordinal)
            ? (suggested.Start, suggested.End)
            : QuoteSuggester.Locate(text, quote) ?? (suggested.Start, suggested.End);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["section"] = suggested.Section,
            ["start"] = start,
            ["end"] = end,
            ["lines"] = suggested.Lines.Select(s => new LineSuggestionView(s)).ToList(),
        };
    }

    /// <summary>The lines the graph does not hold already (same type, same two existing ends, at any date): one store call.</summary>
    private static async Task<IReadOnlyList<LineCandidate>> NotHeldAsync(IGraphReader reader, IReadOnlyList<LineCandidate> lines, CancellationToken cancellationToken)
    {
        var froms = lines.Where(l => l.From.IsExisting && l.To.IsExisting).Select(l => l.From.ExistingId!).Distinct(StringComparer.Ordinal).ToList();
        if (froms.Count == 0)
        {
            return lines;
        }

        var held = await reader.GetRelationshipsOfAsync(froms, new RelationshipQuery(Direction.Outbound), cancellationToken).ConfigureAwait(false);
        var keys = held.Values.SelectMany(r => r).Select(r => (r.Type, r.FromId, r.ToId)).ToHashSet();
        return [.. lines.Where(l => !(l.From.IsExisting && l.To.IsExisting && keys.Contains((l.Type, l.From.ExistingId!, l.To.ExistingId!))))];
    }

    /// <summary>A suggestion as the contract's LineSuggestion.</summary>
    private sealed record LineSuggestionView(LineSuggestion Suggestion)
    {
        private LineCandidate Line => Suggestion.Line;

        public RelationshipType Type => Line.Type;

        /// <summary>A suggestion writes nothing, so no end has an id given by a write yet.</summary>
        private static readonly Dictionary<string, string> NoWrittenIds = [];

        public Dictionary<string, object?> From => IngestResolvers.Entity(Line.From, NoWrittenIds);

        public Dictionary<string, object?> To => IngestResolvers.Entity(Line.To, NoWrittenIds);

        public RelationshipStatus Status => Line.Status;

        public string? StatusNote => Line.StatusNote;

        public RelationshipBasis Basis => Line.Basis;

        public string? Rationale => Line.Rationale;

        public string Quote => Line.Sources[^1].Quote;

        /// <summary>The phrases that name an end by title in the quote cited, which linkEntities needs to take the line as STATED.</summary>
        public IReadOnlyList<string> Mentions =>
            [.. Line.FromMentions.Concat(Line.ToMentions).Where(m => QuoteEvidence.Names([Quote], [m])).Distinct(StringComparer.Ordinal)];

        public string? Section => Line.Sources[^1].Section;

        public double Confidence => Line.Confidence;

        public bool ByRule => Suggestion.ByRule;

        public string Reading => Suggestion.Reading;
    }
}
