namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>
/// QUOTE_OVERUSED: one quote of one document supports lines between at most three different (unordered) pairs of
/// ends; a passage that seems to support more is a list to quote item by item, or the lines are inferred from it.
/// Reference-data records are exempt.
/// </summary>
internal sealed class QuoteOverusedRule : SeedRule
{
    public const int MaxPairs = 3;

    public override string Code => "QUOTE_OVERUSED";

    public override void Check(SeedValidationContext context)
    {
        var uses = context.Lines
            .SelectMany(line => line.Sources.Where(s => s.Source.Quote is not null).Select(source => (line, source)))
            .Where(u => context.KindOf(u.source.Source.DocumentId) != CitedDocumentKind.ReferenceData)
            .GroupBy(u => (u.source.Source.DocumentId, Quote: EvidenceText.Fold(u.source.Source.Quote!)));
        foreach (var group in uses)
        {
            var pairs = group.Select(u => Pair(u.line.Value.FromId, u.line.Value.ToId)).Distinct().ToList();
            if (pairs.Count <= MaxPairs)
            {
                continue;
            }

            foreach (var (line, source) in group)
            {
                context.Report(this, source.File, source.Node,
                    $"This quote supports lines between {pairs.Count} pairs of ends (at most {MaxPairs}): \"{SeedValidationContext.Shorten(source.Source.Quote!)}\"; quote each line's own words.");
            }
        }
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
