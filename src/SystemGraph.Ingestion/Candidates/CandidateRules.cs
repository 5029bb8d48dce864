using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Keeps only the candidate lines that pass the seed validator's evidence rules (graph-seed/README.md, "Validation
/// rules"), so that none is offered that the validator would refuse: the kinds each type joins (RelationshipRules),
/// quotes found verbatim in the paper and of five words or more (QUOTE_NOT_FOUND, QUOTE_TOO_SHORT), sections that are
/// labels of the paper (SECTION_NOT_FOUND), a STATED line's quotes naming both ends (QUOTE_DOES_NOT_NAME_END), an
/// INFERRED line's reason (INFERRED_WITHOUT_RATIONALE), dates in order and within the ends' lifetimes
/// (DATES_OUT_OF_ORDER, LINE_OUTLIVES_END), and no quote behind lines between more than three pairs (QUOTE_OVERUSED:
/// the surest three pairs are kept). Lines said twice are offered once, with the surest reading. Every line passes here,
/// so each is first given the type the graph keeps it as (<see cref="ChairsAsPosts"/>: a chair of an NHS body or council).
/// </summary>
internal static class CandidateRules
{
    private const int MaxPairsPerQuote = 3;
    private const int MinQuoteWords = 5;

    /// <summary>The only line types that may end at a person (a body answers to a body; a person may hold a post, a role).</summary>
    private static readonly HashSet<RelationshipType> PersonTargets = [RelationshipType.SucceededBy];

    /// <param name="lines">The lines read.</param>
    /// <param name="paper">The paper they were read from, whose text the quotes must be in.</param>
    /// <param name="oneQuoteFewPairs">
    /// QUOTE_OVERUSED applied: true for lines offered together as the paper's reading; false for lines suggested one at a
    /// time to a reviewer (<see cref="QuoteSuggester"/>), who takes the ones that are right.
    /// </param>
    /// <param name="checks">The paper's text and sections as the rules compare them, when the caller keeps them across calls.</param>
    public static IReadOnlyList<LineCandidate> Keep(IEnumerable<LineCandidate> lines, PaperText paper, bool oneQuoteFewPairs = true, PaperChecks? checks = null)
    {
        var (folded, sections) = checks ?? PaperChecks.Of(paper);
        var passing = lines
            .Select(l => WithDatesInLifetimes(ChairsAsPosts.Retyped(l))) // the graph's type for a chair of an NHS body or council
            .Where(l => l is not null && Passes(l, folded, sections))
            .Select(l => l!)
            .GroupBy(l => (l.Type, From: l.From.Id, To: l.To.Id))
            .Select(g => g.OrderByDescending(l => l.Basis == RelationshipBasis.Stated).ThenByDescending(l => l.Confidence).First())
            .ToList();

        if (!oneQuoteFewPairs)
        {
            return passing;
        }

        // QUOTE_OVERUSED: one quote may support lines between at most three unordered pairs of ends.
        var pairsByQuote = new Dictionary<string, HashSet<(string, string)>>(StringComparer.Ordinal);
        var kept = new List<LineCandidate>();
        foreach (var line in passing.OrderByDescending(l => l.Confidence))
        {
            var pair = string.CompareOrdinal(line.From.Id, line.To.Id) < 0 ? (line.From.Id, line.To.Id) : (line.To.Id, line.From.Id);
            var quotes = line.Sources.Where(s => !s.Table).Select(s => SeedLoader.FoldSpace(s.Quote)).ToList();
            if (quotes.Any(q => pairsByQuote.TryGetValue(q, out var pairs) && !pairs.Contains(pair) && pairs.Count >= MaxPairsPerQuote))
            {
                continue;
            }

            foreach (var quote in quotes)
            {
                (pairsByQuote.TryGetValue(quote, out var pairs) ? pairs : pairsByQuote[quote] = []).Add(pair);
            }

            kept.Add(line);
        }

        return kept;
    }

    private static bool Passes(LineCandidate line, string foldedPaper, IReadOnlySet<string> sections)
    {
        var relationship = new Relationship { Id = "candidate", Type = line.Type, FromId = line.From.Id, ToId = line.To.Id, Status = line.Status };
        if (line.From.Id == line.To.Id || RelationshipRules.Check(relationship, line.From.Kind, line.To.Kind) is not null
            || (line.To.Kind == EntityKind.Person && !PersonTargets.Contains(line.Type)))
        {
            return false;
        }

        foreach (var source in line.Sources)
        {
            if (!QuoteEvidence.IsInFolded(source.Quote, foldedPaper)
                || (!source.Table && EvidenceText.Words(source.Quote) < MinQuoteWords)
                || (source.Section is { } section && !source.Table && !DocumentSections.IsFound(section, sections)))
            {
                return false;
            }
        }

        var quotes = line.Sources.Select(s => EvidenceText.Fold(s.Quote)).ToList();
        if ((line.FromMentions.Concat(line.ToMentions)).Any(m => !quotes.Any(q => EvidenceText.Occurs(m, q))))
        {
            return false;
        }

        if (line.Basis == RelationshipBasis.Stated && !(Named(line.From, line.FromMentions, quotes) && Named(line.To, line.ToMentions, quotes)))
        {
            return false;
        }

        return line.Basis != RelationshipBasis.Inferred || !string.IsNullOrWhiteSpace(line.Rationale);
    }

    private static bool Named(EntityCandidate end, IReadOnlyList<string> mentions, IReadOnlyList<string> quotes) =>
        QuoteEvidence.NamesInFolded(quotes, end.Names.Concat(mentions));

    /// <summary>
    /// A line's stated dates against its ends' lifetimes: a line starting after an end ceased is not offered; a date the
    /// rules would refuse for a line in force (starting before an end existed, ending after it ceased) is dropped.
    /// </summary>
    private static LineCandidate? WithDatesInLifetimes(LineCandidate line)
    {
        var endsTo = new[] { line.From.ValidTo, line.To.ValidTo }.Where(d => d is not null).Min();
        var endsFrom = new[] { line.From.ValidFrom, line.To.ValidFrom }.Where(d => d is not null).Max();
        if (line.ValidFrom is { } from && endsTo is { } ceased && from > ceased)
        {
            return null;
        }

        var validTo = line.ValidTo is { } to && endsTo is { } last && to > last ? null : line.ValidTo;
        var validFrom = line.ValidFrom is { } start && endsFrom is { } born && start < born && line.Status is RelationshipStatus.InForce or RelationshipStatus.Ended
            ? null
            : line.ValidFrom;
        return line with { ValidFrom = validFrom, ValidTo = validTo };
    }
}

/// <summary>
/// A paper's text folded as QUOTE_NOT_FOUND compares quotes, and its section labels: computed once per paper by a caller
/// that keeps many sets of lines (the suggester reading every passage), rather than once per call.
/// </summary>
internal sealed record PaperChecks(string FoldedText, IReadOnlySet<string> Sections)
{
    public static PaperChecks Of(PaperText paper) => new(QuoteEvidence.FoldPaper(paper.Text), DocumentSections.Keys(paper.Text));
}
