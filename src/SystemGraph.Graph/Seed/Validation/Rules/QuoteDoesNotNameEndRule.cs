using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>
/// QUOTE_DOES_NOT_NAME_END: a STATED line's quotes name each of its ends: the end's name, one of its aliases, or a
/// <c>mentions:</c> phrase written for that end (a post named by its title) occurs in one of the quotes. A line that
/// cites only reference data (ODS records) is exempt. A line its quotes do not name is INFERRED, with a rationale.
/// </summary>
internal sealed class QuoteDoesNotNameEndRule : SeedRule
{
    public override string Code => "QUOTE_DOES_NOT_NAME_END";

    public override void Check(SeedValidationContext context)
    {
        foreach (var line in context.Lines.Where(l => l.Value.Basis == RelationshipBasis.Stated))
        {
            if (line.Value.Sources.All(s => context.KindOf(s.DocumentId) == CitedDocumentKind.ReferenceData))
            {
                continue;
            }

            var quotes = FoldedQuotes(line);
            foreach (var (key, id, fromEnd) in new[] { ("from", line.Value.FromId, true), ("to", line.Value.ToId, false) })
            {
                var end = context.Entities[id];
                var names = new[] { end.Name }.Concat(end.Aliases).Concat(line.Mentions.For(fromEnd));
                if (!QuoteEvidence.NamesInFolded(quotes, names))
                {
                    context.Report(this, line.Line.File, SeedValidationContext.At(line.Map, key),
                        $"No quote of this STATED {GraphNames.ToWire(line.Value.Type)} line names its {key} end '{end.Name}' (by name, alias or a mentions phrase); quote the passage that names it, or make the line INFERRED with a rationale.");
                }
            }
        }
    }

    public static IReadOnlyList<string> FoldedQuotes(SeedLine line) =>
        [.. line.Value.Sources.Where(s => s.Quote is not null).Select(s => EvidenceText.Fold(s.Quote!))];
}
