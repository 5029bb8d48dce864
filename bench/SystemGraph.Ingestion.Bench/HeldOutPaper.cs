using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Bench;

/// <summary>
/// A held-out paper as the suggestion scorer and the ranker's learning read it: its gold, its text, where names are
/// looked up, the ids a new entity may not take, and how a line is keyed against the gold (same type or an equivalent,
/// same ends, as <see cref="Scorer"/> matches them). Known setting (no store): the graph holds the gold's entities and
/// the national seed's. Api setting: names looked up in the store holding the seed and the national ODS extracts,
/// without the gold's entities, and ends read as the gold's by their names (as the scorer's api setting).
/// </summary>
internal sealed record HeldOutPaper(HeldOutGold Gold, PaperText Paper, IEntityLookup Lookup, IReadOnlySet<string> Taken, Func<EntityCandidate, string> Resolve)
{
    public static async Task<HeldOutPaper> LoadAsync(
        IReadOnlyList<KnownEntity> national, string paperPath, (IEntityLookup Lookup, IReadOnlySet<string> Ids)? store, CancellationToken cancellationToken)
    {
        var goldPath = Path.ChangeExtension(paperPath, null) + ".gold.yaml";
        var gold = HeldOutGold.Read(goldPath, await File.ReadAllTextAsync(goldPath, cancellationToken).ConfigureAwait(false));
        var everyone = national.Concat(gold.Entities).ToList();
        var paper = PaperReader.Read(await File.ReadAllBytesAsync(paperPath, cancellationToken).ConfigureAwait(false), Path.GetFileName(paperPath));
        IEntityLookup lookup = store is { } inStore ? inStore.Lookup : new EntityCatalog(everyone);
        var taken = everyone.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        taken.UnionWith(store?.Ids ?? new HashSet<string>());
        var goldEnds = gold.Lines.SelectMany(g => new[] { g.FromId, g.ToId }).ToHashSet(StringComparer.Ordinal);
        var byName = new EntityCatalog(store is null ? everyone : gold.Entities);
        return new HeldOutPaper(gold, paper, lookup, taken, end => Scorer.ResolveEnd(end, byName, goldEnds, byText: store is not null));
    }

    /// <summary>A line as the gold keys it: its type's equivalent and its ends read as the gold's.</summary>
    public (RelationshipType, string, string) KeyOf(LineCandidate line) => (Scorer.Equivalent(line.Type), Resolve(line.From), Resolve(line.To));

    /// <summary>The gold's lines, keyed as <see cref="KeyOf"/> keys a read one.</summary>
    public IReadOnlySet<(RelationshipType, string, string)> GoldKeys => Gold.Lines.Select(g => (Scorer.Equivalent(g.Type), g.FromId, g.ToId)).ToHashSet();
}
