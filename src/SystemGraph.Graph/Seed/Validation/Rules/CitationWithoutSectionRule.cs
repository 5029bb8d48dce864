namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>CITATION_WITHOUT_SECTION: a source citing an external document (an Act) names the section it quotes.</summary>
internal sealed class CitationWithoutSectionRule : SeedRule
{
    public override string Code => "CITATION_WITHOUT_SECTION";

    public override void Check(SeedValidationContext context)
    {
        foreach (var source in context.AllSources)
        {
            if (context.KindOf(source.Source.DocumentId) == CitedDocumentKind.External && string.IsNullOrWhiteSpace(source.Source.Section))
            {
                context.Report(this, source.File, source.Item,
                    $"A source citing the external document '{source.Source.DocumentId}' must give the section it quotes.");
            }
        }
    }
}
