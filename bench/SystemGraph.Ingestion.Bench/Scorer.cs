using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Bench;

/// <summary>
/// Scores the extractor on the five source papers against the re-read seed (graph-seed/): the gold lines of a paper
/// are the seed's STATED lines that cite it; a candidate STATED line is right when the seed has a line of the same
/// type (or an equivalent one, <see cref="Equivalent"/>) between the same two ends. Two settings:
/// <c>known</c>: the graph already holds the seed's entities (as the store does for bodies already known), so ends
/// are matched by name, alias or code; <c>cold</c>: the graph holds only the entities of the other papers and the
/// national seed, so this paper's own bodies must be found as new entities (a new entity counts as the seed's when its
/// name is one of the seed entity's names).
/// </summary>
internal static class Scorer
{
    /// <summary>The types the issue asks for (the goals are measured on these); other STATED seed types are reported apart.</summary>
    public static readonly RelationshipType[] AskedTypes =
    [
        RelationshipType.AccountableTo, RelationshipType.ReportsTo, RelationshipType.HeldToAccountBy, RelationshipType.MemberOf,
        RelationshipType.Chairs, RelationshipType.PartOf, RelationshipType.TransfersTo, RelationshipType.Hosts, RelationshipType.PartyTo,
        RelationshipType.Covers, RelationshipType.SroFor, RelationshipType.Leads,
    ];

    /// <summary>
    /// Equivalences allowed when matching (documented in bench/README.md): HELD_TO_ACCOUNT_BY and ACCOUNTABLE_TO both say
    /// the from end answers to the to end; PART_OF and MEMBER_OF both place a body inside another; SUCCEEDED_BY (the
    /// graph's line for a body merged into or replaced by another) and TRANSFERS_TO both move what a body does to
    /// another (the held-out gold labels a merger TRANSFERS_TO; the graph joins a function only by TRANSFERS_TO), and a
    /// SUCCEEDED_BY read is counted under TRANSFERS_TO.
    /// </summary>
    public static RelationshipType Equivalent(RelationshipType type) => type switch
    {
        RelationshipType.HeldToAccountBy => RelationshipType.AccountableTo,
        RelationshipType.PartOf => RelationshipType.MemberOf,
        RelationshipType.SucceededBy => RelationshipType.TransfersTo,
        _ => type,
    };

    public sealed record Counts(int Predicted, int Correct, int Gold, int Found)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

        public static Counts operator +(Counts a, Counts b) => new(a.Predicted + b.Predicted, a.Correct + b.Correct, a.Gold + b.Gold, a.Found + b.Found);
    }

    public sealed record PaperScore(string File, IReadOnlyDictionary<RelationshipType, Counts> ByType, IReadOnlyList<string> Wrong, IReadOnlyList<string> Missed)
    {
        /// <summary>
        /// Api setting: right lines with an end the store holds under a name that is not the gold's, matched to the gold's by
        /// the words the paper named it with ("NHS Devon" for NHS Devon Integrated Care Board, rightly; "The partnership"
        /// for another place's partnership, wrongly). Read them: the scorer cannot tell the two apart.
        /// </summary>
        public IReadOnlyList<string> ByWords { get; init; } = [];
    }

    public static async Task<PaperScore> ScoreAsync(SeedGraph seed, string papersDirectory, string file, bool cold, CancellationToken cancellationToken)
    {
        var document = seed.Entities.Single(e => e.Kind == EntityKind.Document && e.File == file);
        var gold = seed.Relationships
            .Where(r => r.Basis == RelationshipBasis.Stated && r.Sources.Any(s => s.DocumentId == document.Id))
            .Select(r => (r.Type, r.FromId, r.ToId));

        var catalog = seed.Entities.Where(e => e.Kind != EntityKind.Document && (!cold || e.Sources.Any(s => s.DocumentId != document.Id)))
            .Select(KnownEntity.From).ToList();
        var paper = PaperReader.Read(await File.ReadAllBytesAsync(Path.Combine(papersDirectory, file), cancellationToken).ConfigureAwait(false), file);
        var extraction = await PaperExtractor.ExtractAsync(paper, new EntityCatalog(catalog), seed.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        var byName = new EntityCatalog(seed.Entities.Where(e => e.Kind != EntityKind.Document).Select(KnownEntity.From));
        return Compare(file, gold, extraction, byName);
    }

    /// <summary>
    /// A candidate end as a gold id. Known setting: the entity it matched, else a known entity of the same name in
    /// <paramref name="byName"/>, else a new id of its own. <paramref name="byText"/>: the ends were matched in a store
    /// that does not hold the gold's ids (the api setting); an end is the gold's entity when its name or the paper's
    /// words for it are one of the gold entity's names (as a paper writes a registered name: NameForms). A gold line's
    /// end first, then the name: "Barnsley" in "Barnsley, Doncaster and Rotherham CCGs" named NHS Barnsley CCG, not the
    /// place; a name the national seed also holds is the gold's body.
    /// </summary>
    public static string ResolveEnd(EntityCandidate end, EntityCatalog byName, IReadOnlySet<string> goldEnds, bool byText)
    {
        if (!byText)
        {
            return end.ExistingId ?? byName.Match(end.Name)?.Entity.Id ?? "new:" + end.Id;
        }

        var readings = new[] { byName.Match(end.Name), byName.Match(end.MatchedText) }.Where(m => m is not null).Select(m => m!.Value.Entity.Id).ToList();
        return readings.FirstOrDefault(goldEnds.Contains) ?? readings.FirstOrDefault() ?? (end.ExistingId is { } id ? "store:" + id : "new:" + end.Id);
    }

    /// <summary>
    /// The one decision both commands share: each STATED candidate's ends resolved to ids (the entity it matched, else
    /// a known entity of the same name in <paramref name="byName"/>, else a new id of its own), both sides compared by
    /// (<see cref="Equivalent"/> type, from, to), and counted under the type as stated. A missed line says which of its ends the
    /// reading found no entity for at all, which tells a naming miss from a line the reading did not read.
    /// </summary>
    public static PaperScore Compare(string file, IEnumerable<(RelationshipType Type, string FromId, string ToId)> goldLines, PaperExtraction extraction, EntityCatalog byName, bool byText = false)
    {
        var gold = goldLines.Select(g => (Type: Equivalent(g.Type), g.FromId, g.ToId, Asked: g.Type)).ToList();
        var goldEnds = gold.SelectMany(g => new[] { g.FromId, g.ToId }).ToHashSet(StringComparer.Ordinal);

        string Resolve(EntityCandidate end) => ResolveEnd(end, byName, goldEnds, byText);

        var predicted = extraction.Lines.Where(l => l.Basis == RelationshipBasis.Stated)
            .Select(l => (Type: Equivalent(l.Type), FromId: Resolve(l.From), ToId: Resolve(l.To), Asked: AskedTypes.Contains(l.Type) ? l.Type : Equivalent(l.Type), Line: l))
            .DistinctBy(p => (p.Type, p.FromId, p.ToId)).ToList();
        var goldKeys = gold.Select(g => (g.Type, g.FromId, g.ToId)).ToHashSet();
        var predictedKeys = predicted.Select(p => (p.Type, p.FromId, p.ToId)).ToHashSet();

        var byType = new Dictionary<RelationshipType, Counts>();
        foreach (var p in predicted)
        {
            var right = goldKeys.Contains((p.Type, p.FromId, p.ToId));
            byType[p.Asked] = (byType.GetValueOrDefault(p.Asked) ?? new Counts(0, 0, 0, 0)) + new Counts(1, right ? 1 : 0, 0, 0);
        }

        foreach (var g in gold.DistinctBy(g => (g.Type, g.FromId, g.ToId)))
        {
            var found = predictedKeys.Contains((g.Type, g.FromId, g.ToId));
            byType[g.Asked] = (byType.GetValueOrDefault(g.Asked) ?? new Counts(0, 0, 0, 0)) + new Counts(0, 0, 1, found ? 1 : 0);
        }

        var foundEnds = extraction.Entities.Select(Resolve).ToHashSet(StringComparer.Ordinal);
        string Unfound(string from, string to) => (foundEnds.Contains(from), foundEnds.Contains(to)) switch
        {
            (true, true) => "",
            (false, true) => " (from not found)",
            (true, false) => " (to not found)",
            _ => " (neither end found)",
        };

        bool ByWordsOnly(EntityCandidate end) => byText && end.ExistingId is not null && byName.Match(end.Name) is null && byName.Match(end.MatchedText) is not null;
        var byWords = predicted.Where(p => goldKeys.Contains((p.Type, p.FromId, p.ToId)) && (ByWordsOnly(p.Line.From) || ByWordsOnly(p.Line.To)))
            .Select(p => $"{GraphNames.ToWire(p.Asked)} {p.FromId} -> {p.ToId}: {string.Join(", ", new[] { p.Line.From, p.Line.To }.Where(ByWordsOnly).Select(e => $"'{e.MatchedText}' is the store's '{e.Name}'"))}").ToList();
        var wrong = predicted.Where(p => !goldKeys.Contains((p.Type, p.FromId, p.ToId)))
            .Select(p => $"{GraphNames.ToWire(p.Asked)} {p.FromId} -> {p.ToId}: \"{p.Line.Sources[^1].Quote}\"").ToList();
        var missed = gold.Where(g => !predictedKeys.Contains((g.Type, g.FromId, g.ToId))).DistinctBy(g => (g.Type, g.FromId, g.ToId))
            .Select(g => $"{GraphNames.ToWire(g.Asked)} {g.FromId} -> {g.ToId}{Unfound(g.FromId, g.ToId)}").ToList();
        return new PaperScore(file, byType, wrong, missed) { ByWords = byWords };
    }
}
