using System.Globalization;
using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Lines the rules did not read, offered when a learnt ranker is sure enough of them: the suggester
/// (<see cref="QuoteSuggester"/>) reads every passage a reviewer might select (each sentence; each list item from its
/// lead-in), and each STATED suggestion between two ends the reading does not already join is scored by
/// <see cref="LineRanker"/> on how it was read (its kind and its ends' kinds, the suggester's sureness and rank, the
/// lower-case words of its quote and those between its ends). Rules written from one set of papers did not carry over
/// to the next (bench/README, passes one to six); a ranker learnt on six sets did, on sets it had not seen (the seventh
/// pass). A ranked line is offered at half the ranker's probability, below the rules' readings.
/// </summary>
internal static partial class PassageSuggestions
{
    /// <summary>A suggestion and the features the ranker reads it by.</summary>
    internal sealed record Scored(LineSuggestion Suggestion, IReadOnlyList<string> Features);

    /// <summary>The lines offered beside the reading's: those the ranker gives at least <see cref="LineRanker.OfferAt"/>.</summary>
    public static IEnumerable<LineCandidate> Offered(PaperText paper, MentionFinder mentions, IReadOnlyList<LineCandidate> read, LineRanker ranker, PaperChecks? checks = null) =>
        ranker.Weights.Count == 0 ? [] : Candidates(paper, mentions, read, checks) // a ranker that learnt nothing offers nothing
            .Select(c => (c.Suggestion.Line, P: ranker.Probability(c.Features)))
            .Where(c => c.P >= LineRanker.OfferAt)
            .GroupBy(c => (c.Line.Type, c.Line.From.Id, c.Line.To.Id))
            .Select(g => g.MaxBy(c => c.P))
            .Select(c => c.Line with { Confidence = Math.Round(c.P / 2, 2), Ranked = true });

    /// <summary>
    /// Every STATED suggestion of every passage, between two ends the reading does not join (either way, any kind of
    /// line: the reading has already said how they relate).
    /// </summary>
    public static IEnumerable<Scored> Candidates(PaperText paper, MentionFinder mentions, IReadOnlyList<LineCandidate> read, PaperChecks? checks = null)
    {
        var joined = read.SelectMany(l => new[] { (l.From.Id, l.To.Id), (l.To.Id, l.From.Id) }).ToHashSet();
        checks ??= PaperChecks.Of(paper);
        foreach (var (at, kind) in Selections(paper))
        {
            // A line needs two ends named in the words and a word of its kind: skip the passages that cannot give one.
            var words = paper.Text[at.Start..at.End];
            if (!LineCues.All.Any(c => c.Words.IsMatch(words)) || mentions.Find(words, null).Select(m => m.Entity.Id).Distinct().Take(2).Count() < 2)
            {
                continue;
            }

            var reading = QuoteSuggester.Read(paper, mentions, checks, at, [], outsideToo: false); // INFERRED lines are not offered here
            var fresh = reading.Lines.Where(l => l.Basis == RelationshipBasis.Stated && !joined.Contains((l.From.Id, l.To.Id))).ToList();
            var ordered = QuoteSuggester.Ordered(fresh, reading);
            for (var rank = 0; rank < ordered.Count; rank++)
            {
                yield return new Scored(ordered[rank], Features(ordered[rank], rank, ordered.Count, kind));
            }
        }
    }

    /// <summary>What a reviewer would select: each sentence, and each list item from its list's lead-in when that is near enough (else alone).</summary>
    private static IEnumerable<((int Start, int End) At, string Kind)> Selections(PaperText paper)
    {
        PaperPassage? lastSentence = null;
        foreach (var passage in paper.Passages)
        {
            var end = passage.End ?? Math.Min(paper.Text.Length, passage.Start + passage.Text.Length);
            if (passage.Kind == PassageKind.ListItem && lastSentence is { } lead && end > lead.Start && end - lead.Start <= QuoteSuggester.MaxQuoteChars)
            {
                yield return ((lead.Start, end), "item");
            }
            else if (end > passage.Start && end - passage.Start <= QuoteSuggester.MaxQuoteChars)
            {
                yield return ((passage.Start, end), passage.Kind == PassageKind.ListItem ? "item-alone" : "sentence");
            }

            if (passage.Kind == PassageKind.Sentence)
            {
                lastSentence = passage;
            }
        }
    }

    /// <summary>
    /// How a suggestion was read, as the ranker's features: its kind and its ends' kinds, the suggester's sureness and
    /// rank, the kind of selection, and the words of its quote written in lower case (the wording of a line, not the
    /// names of bodies or people, which are never features), all of them and those between its ends. Changing these
    /// means learning the ranker again.
    /// </summary>
    internal static List<string> Features(LineSuggestion suggestion, int rank, int count, string selection)
    {
        var line = suggestion.Line;
        var type = GraphNames.ToWire(line.Type);
        var kinds = $"{line.From.Kind}>{line.To.Kind}";
        var quote = line.Sources[^1].Quote;
        var sureness = Math.Round(line.Confidence, 1).ToString("0.0", CultureInfo.InvariantCulture);
        var features = new List<string>
        {
            "bias", "t=" + type, "k=" + kinds, $"t|k={type}|{kinds}", "rule=" + suggestion.ByRule, "sel=" + selection,
            "conf=" + sureness, $"t|conf={type}|{sureness}",
            "rank=" + Math.Min(rank, 3), "count=" + Math.Min(count / 3, 4), "fromNew=" + !line.From.IsExisting, "toNew=" + !line.To.IsExisting,
            "qlen=" + Math.Min(Words().Count(quote) / 10, 6),
        };
        var folded = quote.ToLowerInvariant();
        var (from, to) = (Find(folded, line.From), Find(folded, line.To));
        if (from >= 0 && to >= 0)
        {
            features.Add("fromFirst=" + (from < to));
            // The quote as written (not folded): a word in capitals is part of a name, and names are not features.
            foreach (var word in LowerWords().Matches(quote[Math.Min(from, to)..Math.Max(from, to)]).Select(m => m.Value).Distinct())
            {
                features.Add("b=" + word);
                features.Add($"t|b={type}|{word}");
            }
        }

        foreach (var word in LowerWords().Matches(quote).Select(m => m.Value).Distinct())
        {
            features.Add("w=" + word);
            features.Add($"t|w={type}|{word}");
        }

        return features;
    }

    private static int Find(string folded, EntityCandidate end) =>
        end.Names.Append(end.MatchedText).Select(n => folded.IndexOf(n.ToLowerInvariant(), StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();

    /// <summary>Words written in lower case.</summary>
    [GeneratedRegex(@"(?<![\w'])[a-z][a-z'-]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerWords();

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
