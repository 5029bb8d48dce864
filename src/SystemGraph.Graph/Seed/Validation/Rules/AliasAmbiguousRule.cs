namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>
/// ALIAS_AMBIGUOUS: an alias (case-insensitive) names one entity: it is neither another entity's alias nor its
/// name, unless both entities list it under <c>sharedAliases</c> (a name two bodies really share).
/// </summary>
internal sealed class AliasAmbiguousRule : SeedRule
{
    public override string Code => "ALIAS_AMBIGUOUS";

    public override void Check(SeedValidationContext context)
    {
        var holders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in context.Entities.Values)
        {
            foreach (var name in entity.Aliases.Append(entity.Name))
            {
                var key = EvidenceText.Fold(name);
                if (!holders.TryGetValue(key, out var ids))
                {
                    ids = new HashSet<string>(StringComparer.Ordinal);
                    holders[key] = ids;
                }

                ids.Add(entity.Id);
            }
        }

        foreach (var written in WrittenAlias.All(context))
        {
            var entity = context.Entities[written.EntityId];
            var others = holders[EvidenceText.Fold(written.Alias)]
                .Where(id => id != written.EntityId)
                .Where(id => !(WrittenAlias.Shares(entity, written.Alias) && WrittenAlias.Shares(context.Entities[id], written.Alias)))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (others.Count > 0)
            {
                context.Report(this, written.File, written.Node,
                    $"Alias \"{written.Alias}\" of '{written.EntityId}' also names {string.Join(", ", others.Select(o => $"'{o}'"))}; keep it on one entity, or list it under sharedAliases on both.");
            }
        }
    }
}
