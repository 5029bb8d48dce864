using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed.Validation;

namespace SystemGraph.Api.Schema.Writes;

/// <summary>
/// The basis of a line written through the API (issue #14), decided in one place for every mutation that adds a line.
/// A line is STATED only when its write cites a passage that says it: a source with a quote that names both its ends,
/// as the seed validator's QUOTE_DOES_NOT_NAME_END asks of a seed line (by name, alias, ODS code, or a <c>mentions</c>
/// phrase: words of the quote the writer says name an end, such as a post by its title). A line resting on the
/// writer's reading is INFERRED, and the write's rationale (or, without one, its reason) is that reading. Unless the
/// input says otherwise, a write with a quoted source adds a STATED line and any other an INFERRED line.
/// </summary>
internal static class LineBasis
{
    /// <summary>The code a refusal's message starts with, the seed validator's for the same rule.</summary>
    public const string QuoteDoesNotNameEnd = "QUOTE_DOES_NOT_NAME_END";

    /// <summary>The line with its basis and rationale set, or the error that refuses it.</summary>
    public static async Task<(Relationship? Line, PayloadError? Error)> ApplyAsync(Relationship line, WriteRequest request)
    {
        var (input, info) = (request.Input, request.Info);
        var quote = info.Source?.Quote is { Length: > 0 } q ? q : null;
        var basis = input.Enum<RelationshipBasis>("basis") ?? (quote is not null ? RelationshipBasis.Stated : RelationshipBasis.Inferred);
        if (basis == RelationshipBasis.Stated && quote is null)
        {
            return (null, new ValidationError("A STATED line needs a source whose quote says it (source: { document, section, quote }); otherwise write it as INFERRED with a rationale.", "basis"));
        }

        if (basis == RelationshipBasis.Stated && await UnnamedEndAsync(line, quote!, input.Strings("mentions") ?? [], request).ConfigureAwait(false) is { } refusal)
        {
            return (null, refusal);
        }

        var rationale = string.IsNullOrWhiteSpace(info.Rationale) ? info.Reason : info.Rationale;
        return (line with { Basis = basis, Rationale = basis == RelationshipBasis.Inferred ? rationale : null }, null);
    }

    /// <summary>Why a STATED line's quote does not say it: a mentions phrase not in the quote, or an end the quote does not name.</summary>
    private static async Task<PayloadError?> UnnamedEndAsync(Relationship line, string quote, IReadOnlyList<string> mentions, WriteRequest request)
    {
        if (mentions.FirstOrDefault(m => !QuoteEvidence.Names([quote], [m])) is { } stray)
        {
            return new ValidationError($"The mentions phrase \"{stray}\" is not in the quote; a mentions phrase is words of the quote that name an end.", "mentions");
        }

        var ends = await request.Graph.GetEntitiesAsync([line.FromId, line.ToId], request.Context.CancellationToken).ConfigureAwait(false);
        foreach (var (end, key) in new[] { (ends[0], "from"), (ends[1], "to") })
        {
            // An end that does not exist is the store's refusal (NOT_FOUND), given with the write's other checks.
            if (end is null)
            {
                continue;
            }

            IEnumerable<string> names = [end.Name, .. end.Aliases, .. end.OdsCode is { } code ? new[] { code } : [], .. mentions];
            if (!QuoteEvidence.Names([quote], names))
            {
                return new RuleViolationError(
                    $"{QuoteDoesNotNameEnd}: the quote does not name the {key} end '{end.Name}' (by its name, an alias, its ODS code or a mentions phrase), so it does not state this line. Quote the words that name it, give the words that name it by title as mentions, or write the line as INFERRED with a rationale.",
                    line.Type);
            }
        }

        return null;
    }
}
