using SystemGraph.Graph.Model;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>An alias where it was written (on the entity or in an extend), with the entity it belongs to.</summary>
internal sealed record WrittenAlias(string EntityId, string Alias, string File, YamlNode Node)
{
    /// <summary>Every alias of the seed where it was written; extends naming a former id belong to the survivor.</summary>
    public static IEnumerable<WrittenAlias> All(SeedValidationContext context)
    {
        foreach (var entity in context.Files.SelectMany(f => f.Entities))
        {
            foreach (var alias in entity.Value.Aliases)
            {
                yield return new WrittenAlias(entity.Value.Id, alias, entity.File, SeedValidationContext.At(entity.Node, "aliases"));
            }
        }

        foreach (var extend in context.Files.SelectMany(f => f.Extends))
        {
            var owner = context.Entities.ContainsKey(extend.Value.Id)
                ? extend.Value.Id
                : context.Entities.Values.FirstOrDefault(e => e.FormerIds.Contains(extend.Value.Id, StringComparer.Ordinal))?.Id;
            if (owner is null)
            {
                continue;
            }

            foreach (var alias in extend.Value.Aliases)
            {
                yield return new WrittenAlias(owner, alias, extend.File, SeedValidationContext.At(extend.Node, "aliases"));
            }
        }
    }

    public static bool Shares(Entity entity, string alias) =>
        entity.SharedAliases.Any(s => string.Equals(EvidenceText.Fold(s), EvidenceText.Fold(alias), StringComparison.Ordinal));
}
