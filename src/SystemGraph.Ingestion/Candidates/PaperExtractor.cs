using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// What a paper offers for review: the entities it names (known and new, each with its confidence and the text it came
/// from), the candidate lines that pass the evidence rules, and for each new entity a line's quote that names it
/// (the source it is declared with).
/// </summary>
public sealed record PaperExtraction(
    PaperText Paper,
    IReadOnlyList<EntityCandidate> Entities,
    IReadOnlyList<LineCandidate> Lines,
    IReadOnlyDictionary<string, CandidateSource> NewEntitySources)
{
    /// <summary>The new entities the offered lines need, in the order first named.</summary>
    public IReadOnlyList<EntityCandidate> NewEntitiesInLines =>
        [.. Lines.SelectMany(l => new[] { l.From, l.To }).Where(e => !e.IsExisting).DistinctBy(e => e.Id)];
}

/// <summary>
/// Reads candidate entities and lines out of a paper: looks its name-like phrases up (the store's search, or a list in
/// hand), finds mentions, then lines, and keeps the lines that pass the seed validator's rules (CandidateRules).
/// </summary>
public static class PaperExtractor
{
    /// <param name="paper">The paper read.</param>
    /// <param name="lookup">Where names are looked up.</param>
    /// <param name="takenIds">Ids a new entity may not take.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <param name="ranked">
    /// Also offer the lines the learnt ranker is sure of among the suggestions of every passage (<see cref="PassageSuggestions"/>);
    /// off for the bench that learns it, which needs the rules' reading alone.
    /// </param>
    public static async Task<PaperExtraction> ExtractAsync(PaperText paper, IEntityLookup lookup, IReadOnlySet<string> takenIds, CancellationToken cancellationToken, bool ranked = true)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(takenIds);
        var checks = PaperChecks.Of(paper); // the paper as the evidence rules compare quotes: once for every check below
        var (mentions, lines) = await ByRulesAsync(paper, lookup, takenIds, cancellationToken, checks).ConfigureAwait(false);
        if (ranked)
        {
            lines = CandidateRules.Keep(lines.Concat(PassageSuggestions.Offered(paper, mentions, lines, LineRanker.Shipped, checks)), paper, checks: checks);
        }

        var sources = new Dictionary<string, CandidateSource>(StringComparer.Ordinal);
        foreach (var (entity, source) in lines.SelectMany(l => new[] { l.From, l.To }.SelectMany(e => l.Sources.Select(s => (e, s)))))
        {
            if (!entity.IsExisting && !sources.ContainsKey(entity.Id) && EvidenceText.Occurs(entity.Name, EvidenceText.Fold(source.Quote)))
            {
                sources[entity.Id] = source;
            }
        }

        // A new entity a line names only by a title ("the proposed Agreement") is declared with the passage that named it.
        var sections = DocumentSections.Keys(paper.Text);
        foreach (var entity in lines.SelectMany(l => new[] { l.From, l.To }).Where(e => !e.IsExisting && !sources.ContainsKey(e.Id)).DistinctBy(e => e.Id))
        {
            var at = EvidenceText.Words(entity.SourceText) >= 5 || entity.SourceText.Length == 0 ? -1 : paper.Text.IndexOf(entity.SourceText, StringComparison.Ordinal);
            var sourceText = at < 0 ? entity.SourceText : paper.RunOn(at, at + entity.SourceText.Length); // a short heading with the sentence after it
            if (EvidenceText.Occurs(entity.Name, EvidenceText.Fold(sourceText)) && EvidenceText.Words(sourceText) >= 5
                && (entity.Section is null || DocumentSections.IsFound(entity.Section, sections)))
            {
                sources[entity.Id] = new CandidateSource(sourceText, entity.Section);
            }
        }

        var offered = lines.Where(l => (l.From.IsExisting || sources.ContainsKey(l.From.Id)) && (l.To.IsExisting || sources.ContainsKey(l.To.Id))).ToList();
        return new PaperExtraction(paper, [.. mentions.Entities], offered, sources);
    }

    /// <summary>The paper's mentions, and the lines its rules read that pass the evidence rules.</summary>
    internal static async Task<(MentionFinder Mentions, IReadOnlyList<LineCandidate> Lines)> ByRulesAsync(
        PaperText paper, IEntityLookup lookup, IReadOnlySet<string> takenIds, CancellationToken cancellationToken, PaperChecks? checks = null)
    {
        var mentions = await MentionsAsync(paper, lookup, takenIds, cancellationToken).ConfigureAwait(false);
        return (mentions, CandidateRules.Keep(new LineFinder(paper, mentions).Find().Concat(FieldBlockFinder.Find(paper, mentions)), paper, checks: checks));
    }

    /// <summary>
    /// The mention finder for a paper: its name-like phrases (and the forms papers write registered names in) looked up
    /// in one call, then the names qualified by an area found, so that every known entity the paper may name is in hand,
    /// the bare places the store knows by their councils (<see cref="CouncilPlaces"/>), and the NHS commissioners named by
    /// the names they operate under (<see cref="OperatingNames"/>).
    /// The one way both the whole-paper reading and a reviewer's selection (<see cref="QuoteSuggester"/>) find mentions.
    /// </summary>
    internal static async Task<MentionFinder> MentionsAsync(PaperText paper, IEntityLookup lookup, IReadOnlySet<string> takenIds, CancellationToken cancellationToken)
    {
        var phrases = MentionFinder.Phrases(paper);
        var found = await lookup.FindAsync([.. phrases, .. phrases.SelectMany(NameForms.Written)], cancellationToken).ConfigureAwait(false);
        var areas = found.Where(k => k.Kind == Graph.Model.EntityKind.Area).Select(a => a.Name).ToList();
        var inAreas = await lookup.FindAsync(MentionFinder.AreaQualified(paper, areas), cancellationToken).ConfigureAwait(false);
        var known = found.Concat(inAreas).DistinctBy(k => k.Id).ToList();
        var operating = OperatingNames.Candidates(paper, phrases, known);
        if (operating.Count > 0)
        {
            // The names as written (a body the graph holds by "NHS X, Y and Z" itself), and the registered forms they stand for.
            var commissioners = await lookup.FindAsync([.. operating, .. OperatingNames.RegisteredNames(operating)], cancellationToken).ConfigureAwait(false);
            var renamed = OperatingNames.Read(operating, commissioners, paper.Metadata.PublishedOn);
            known = [.. renamed, .. known, .. OperatingNames.NamedAsWritten(operating, commissioners)];
            known = [.. known.DistinctBy(k => k.Id)]; // the renamed first: they carry the operating name as an alias
        }

        var placeShaped = CouncilPlaces.Candidates(phrases, known);
        var places = CouncilPlaces.Read(placeShaped, await lookup.FindAsync([.. CouncilPlaces.CouncilNames(placeShaped)], cancellationToken).ConfigureAwait(false));
        var taken = new HashSet<string>(takenIds, StringComparer.Ordinal);
        taken.UnionWith(known.Select(k => k.Id));
        var mentions = new MentionFinder(new EntityCatalog(known), taken, places);
        mentions.Prime(paper);
        return mentions;
    }
}
