using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Schema.Writes;

/// <summary>
/// The evidence every write must carry: the author's reason, and a source (a Document entity and the section that states
/// the fact)
/// or a free-text rationale (a planner's note), or both. A cited document must exist in the graph the write goes to,
/// and a quote must stand in its text where the server holds that text (the seed validator's QUOTE_NOT_FOUND, so a
/// write cannot cite words the paper does not have).
/// </summary>
internal static class Evidence
{
    /// <summary>Longest reason or rationale kept (an audit line, not a document).</summary>
    public const int MaxTextLength = 4000;

    /// <param name="reasonIsEvidence">
    /// The reason stands as the rationale when neither a source nor a rationale is given: for a write that changes no
    /// fact (discarding a scenario), why it was done is the whole of its evidence.
    /// </param>
    /// <param name="textOf">A document's text where the server holds it (a brought-in paper's, a seed paper's file), else null.</param>
    public static async Task<(ChangeInfo? Info, IReadOnlyList<PayloadError> Errors)> ReadAsync(
        WriteInput input, string operation, string author, IGraphReader graph, Func<Entity, Task<string?>> textOf, CancellationToken cancellationToken,
        bool reasonIsEvidence = false)
    {
        var errors = new List<PayloadError>();
        var reason = input.String("reason")?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(new ValidationError("Every write states the author's reason (input.reason).", "reason"));
        }

        var rationale = input.String("rationale")?.Trim();
        if (reasonIsEvidence && string.IsNullOrEmpty(rationale) && input.Object("source") is null)
        {
            rationale = reason;
        }

        var source = input.Object("source") is { } given
            ? new SourceRef(given.RequiredString("document"), Blank(given.String("section")), Blank(given.String("quote")))
            : null;
        if (source is { Section: null })
        {
            errors.Add(new ValidationError("A source names the place in the document (input.source.section), e.g. \"para 14\".", "source.section"));
        }

        if (source is null && string.IsNullOrEmpty(rationale))
        {
            errors.Add(new ValidationError("Every write cites its evidence: a source (document and section) or a rationale.", "source"));
        }

        if ((reason?.Length ?? 0) > MaxTextLength || (rationale?.Length ?? 0) > MaxTextLength)
        {
            errors.Add(new ValidationError($"reason and rationale are at most {MaxTextLength} characters.", "reason"));
        }

        if (source is not null)
        {
            var documents = await graph.GetEntitiesAsync([source.DocumentId], cancellationToken).ConfigureAwait(false);
            if (documents[0] is not { Kind: EntityKind.Document })
            {
                errors.Add(documents[0] is null
                    ? new NotFoundError($"The source document '{source.DocumentId}' does not exist; create the Document entity first.", source.DocumentId)
                    : new ValidationError($"'{source.DocumentId}' is a {GraphNames.ToWire(documents[0]!.Kind)}, not a DOCUMENT.", "source.document"));
            }
            else if (source.Quote is { } quote && await textOf(documents[0]!).ConfigureAwait(false) is { } text && !QuoteEvidence.IsIn(quote, text))
            {
                errors.Add(new ValidationError($"The quote is not in the text of '{source.DocumentId}': quote the paper's words as they stand (white space aside).", "source.quote"));
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ChangeInfo(author, DateTimeOffset.UtcNow, operation, reason!, source, string.IsNullOrEmpty(rationale) ? null : rationale), errors);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
