namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>CITATION_WITHOUT_URL: a cited document that is not one of the papers (an Act, guidance) carries its url.</summary>
internal sealed class CitationWithoutUrlRule : SeedRule
{
    public override string Code => "CITATION_WITHOUT_URL";

    public override void Check(SeedValidationContext context)
    {
        var cited = context.AllSources.Select(s => s.Source.DocumentId).ToHashSet(StringComparer.Ordinal);
        foreach (var id in cited.Order(StringComparer.Ordinal))
        {
            if (context.KindOf(id) == CitedDocumentKind.External && context.Entities[id].Url is null && context.Declared.TryGetValue(id, out var declared))
            {
                context.Report(this, declared.File, SeedValidationContext.At(declared.Node, "id"),
                    $"Document '{id}' is an external citation (no file in the sources folder): give its url.");
            }
        }
    }
}
