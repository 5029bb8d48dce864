using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Ingestion.Bench;

/// <summary>
/// Scores the extractor on papers from other systems, which its rules were never fitted to, against hand-made gold
/// (<see cref="HeldOutGold"/>). Two settings, as for the five papers: <c>known</c>, the graph holds the gold's entities
/// and the national seed's; <c>cold</c>, only the national seed's (graph-seed/national.yaml), so the paper's bodies must
/// be found as new entities (counted right when the new name is one of the gold entity's names).
/// </summary>
internal static class HeldOutScorer
{
    public static async Task<Scorer.PaperScore> ScoreAsync(IReadOnlyList<KnownEntity> national, string paperPath, bool cold, CancellationToken cancellationToken, bool ranked = true)
    {
        var goldPath = Path.ChangeExtension(paperPath, null) + ".gold.yaml";
        var gold = HeldOutGold.Read(goldPath, await File.ReadAllTextAsync(goldPath, cancellationToken).ConfigureAwait(false));
        var everyone = national.Concat(gold.Entities).ToList();
        var paper = PaperReader.Read(await File.ReadAllBytesAsync(paperPath, cancellationToken).ConfigureAwait(false), Path.GetFileName(paperPath));
        var lookup = new EntityCatalog(cold ? national : everyone);
        var extraction = await PaperExtractor.ExtractAsync(paper, lookup, everyone.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), cancellationToken, ranked).ConfigureAwait(false);
        return Scorer.Compare(Path.GetFileName(paperPath), gold.Lines, extraction, new EntityCatalog(everyone));
    }

    /// <summary>
    /// The third setting, <c>api</c>: the paper's phrases looked up as ingestDocument looks them up, in the embedded
    /// store holding the seed and the national ODS extracts (practices, PCNs, trusts, CCGs, ICBs, local authorities),
    /// without the gold's entities. A store entity is the gold's when the text that named it, or its name, is one of the
    /// gold entity's names.
    /// </summary>
    public static async Task<Scorer.PaperScore> ScoreInStoreAsync(IReadOnlyList<KnownEntity> national, IEntityLookup store, IReadOnlySet<string> storeIds, string paperPath, CancellationToken cancellationToken, bool ranked = true)
    {
        var goldPath = Path.ChangeExtension(paperPath, null) + ".gold.yaml";
        var gold = HeldOutGold.Read(goldPath, await File.ReadAllTextAsync(goldPath, cancellationToken).ConfigureAwait(false));
        var everyone = national.Concat(gold.Entities).ToList();
        var paper = PaperReader.Read(await File.ReadAllBytesAsync(paperPath, cancellationToken).ConfigureAwait(false), Path.GetFileName(paperPath));
        var taken = new HashSet<string>(storeIds, StringComparer.Ordinal);
        taken.UnionWith(everyone.Select(e => e.Id));
        var extraction = await PaperExtractor.ExtractAsync(paper, store, taken, cancellationToken, ranked).ConfigureAwait(false);
        // Ends are read against the gold's entities alone: a name the national seed also holds ("Halton Borough Council")
        // would otherwise be shared by two entities, so ambiguous, and name neither.
        return Scorer.Compare(Path.GetFileName(paperPath), gold.Lines, extraction, new EntityCatalog(gold.Entities), byText: true);
    }

    /// <summary>The entities national.yaml declares, as the loaded seed holds them (with what other files extend).</summary>
    public static async Task<IReadOnlyList<KnownEntity>> NationalAsync(SeedGraph seed, string nationalYaml, CancellationToken cancellationToken)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(await File.ReadAllTextAsync(nationalYaml, cancellationToken).ConfigureAwait(false)))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var ids = ((YamlSequenceNode)root.Children[new YamlScalarNode("entities")]).Children.OfType<YamlMappingNode>()
            .Select(e => ((YamlScalarNode)e.Children[new YamlScalarNode("id")]).Value).ToHashSet(StringComparer.Ordinal);
        return [.. seed.Entities.Where(e => ids.Contains(e.Id) && e.Kind != EntityKind.Document).Select(KnownEntity.From)];
    }
}
