using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>
/// ALIAS_NOT_IN_SOURCES: an alias occurs in one of the documents the entity cites (its own sources and those of the
/// lines touching it): the paper's text, or for a document not in the sources folder the quotes cited from it.
/// ODS names and codes are excepted (the entity's ODS code; upper-case names of an entity with an ODS code or
/// citing reference data, as the extracts print them).
/// </summary>
internal sealed class AliasNotInSourcesRule : SeedRule
{
    public override string Code => "ALIAS_NOT_IN_SOURCES";

    public override bool NeedsSources => true;

    public override void Check(SeedValidationContext context)
    {
        var linesByEnd = context.Lines
            .SelectMany(l => new[] { (Id: l.Value.FromId, l.Value.Sources), (Id: l.Value.ToId, l.Value.Sources) })
            .ToLookup(x => x.Id, x => x.Sources, StringComparer.Ordinal);
        foreach (var written in WrittenAlias.All(context))
        {
            var entity = context.Entities[written.EntityId];
            if (IsOdsName(context, entity, written.Alias))
            {
                continue;
            }

            var sources = entity.Sources.Concat(linesByEnd[entity.Id].SelectMany(s => s)).ToList();
            var texts = sources.Select(s => s.DocumentId).Distinct(StringComparer.Ordinal)
                .Select(context.FoldedPaperText).OfType<string>()
                .Concat(sources.Where(s => context.PaperText(s.DocumentId) is null && s.Quote is not null).Select(s => EvidenceText.Fold(s.Quote!)));
            if (!texts.Any(text => EvidenceText.Occurs(written.Alias, text)))
            {
                context.Report(this, written.File, written.Node,
                    $"Alias \"{written.Alias}\" of '{entity.Id}' occurs in none of the documents it cites; aliases are spellings the documents use.");
            }
        }
    }

    private static bool IsOdsName(SeedValidationContext context, Entity entity, string alias) =>
        string.Equals(alias, entity.OdsCode, StringComparison.OrdinalIgnoreCase)
        || ((entity.OdsCode is not null || entity.Sources.Any(s => context.KindOf(s.DocumentId) == CitedDocumentKind.ReferenceData))
            && alias.Any(char.IsLetter) && string.Equals(alias, alias.ToUpperInvariant(), StringComparison.Ordinal));
}
