namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>QUOTE_NOT_FOUND: every quote occurs verbatim in its paper (runs of white space folded to one space).</summary>
internal sealed class QuoteNotFoundRule : SeedRule
{
    public override string Code => "QUOTE_NOT_FOUND";

    public override bool NeedsSources => true;

    public override void Check(SeedValidationContext context)
    {
        var folded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in context.AllSources.Where(s => s.Source.Quote is not null))
        {
            if (context.PaperText(source.Source.DocumentId) is not { } text)
            {
                continue;
            }

            if (!folded.TryGetValue(source.Source.DocumentId, out var paper))
            {
                paper = QuoteEvidence.FoldPaper(text);
                folded[source.Source.DocumentId] = paper;
            }

            if (!QuoteEvidence.IsInFolded(source.Source.Quote!, paper))
            {
                var file = context.Entities[source.Source.DocumentId].File;
                context.Report(this, source.File, source.Node, $"Quote not found in {file}: \"{SeedValidationContext.Shorten(source.Source.Quote!)}\"");
            }
        }
    }
}
