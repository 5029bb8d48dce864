namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>
/// QUOTE_TOO_SHORT: a quote identifies its passage: at least five words from a paper (a table cell, marked
/// <c>table: true</c>, may be shorter), at least ten from an external citation (which must quote). Reference-data
/// quotes are whole records and exempt.
/// </summary>
internal sealed class QuoteTooShortRule : SeedRule
{
    public const int PaperWords = 5;
    public const int ExternalWords = 10;

    public override string Code => "QUOTE_TOO_SHORT";

    public override void Check(SeedValidationContext context)
    {
        foreach (var source in context.AllSources)
        {
            var words = source.Source.Quote is { } quote ? EvidenceText.Words(quote) : 0;
            switch (context.KindOf(source.Source.DocumentId))
            {
                case CitedDocumentKind.External when words < ExternalWords:
                    context.Report(this, source.File, source.Node,
                        $"A quote from an external citation ({source.Source.DocumentId}) needs at least {ExternalWords} words to identify the passage; it has {words}.");
                    break;
                case CitedDocumentKind.Paper when source.Source.Quote is not null && !source.Source.Table && words < PaperWords:
                    context.Report(this, source.File, source.Node,
                        $"Quote \"{source.Source.Quote}\" has {words} word(s); quote at least {PaperWords}, or mark a table cell with table: true and name its table, row and column in section.");
                    break;
            }
        }
    }
}
