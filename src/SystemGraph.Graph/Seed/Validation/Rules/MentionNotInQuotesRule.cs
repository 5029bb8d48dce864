namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>MENTION_NOT_IN_QUOTES: each <c>mentions:</c> phrase of a line occurs in at least one of the line's quotes.</summary>
internal sealed class MentionNotInQuotesRule : SeedRule
{
    public override string Code => "MENTION_NOT_IN_QUOTES";

    public override void Check(SeedValidationContext context)
    {
        foreach (var line in context.Lines)
        {
            var quotes = QuoteDoesNotNameEndRule.FoldedQuotes(line);
            foreach (var phrase in line.Mentions.All.Where(p => !quotes.Any(q => EvidenceText.Occurs(p, q))))
            {
                context.Report(this, line.Line.File, SeedValidationContext.At(line.Map, "mentions"),
                    $"Mention \"{phrase}\" occurs in none of the quotes of {line.Value.Id}.");
            }
        }
    }
}
