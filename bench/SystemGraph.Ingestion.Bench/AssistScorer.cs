using System.Globalization;
using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;

namespace SystemGraph.Ingestion.Bench;

/// <summary>
/// Scores suggestions from a selection (<see cref="QuoteSuggester"/>, what <c>suggestLines</c> serves) on the lines the
/// paper's reading missed: the paper is read whole as <c>ingestDocument</c> reads it (known setting: the graph holds the
/// gold's entities and the national seed's); for each gold line not among its STATED lines, the reviewer is taken to
/// select the words its quote spans (from its first fragment to its last, "..." and " / " being the labeller's
/// elisions and line breaks), and the line counts as suggested at rank k when it is among the first k suggestions (same
/// type or an equivalent one, same ends, as <see cref="Scorer"/> matches them). Also reports how many suggestions a
/// selection gives: what the reviewer reads.
/// </summary>
internal static class AssistScorer
{
    /// <summary>
    /// Gold lines; read by the paper's reading; of the rest, selectable and suggested first, in the first 3, at all;
    /// suggestions given, and how many of them are lines of the paper's gold (any, not only the one selected for).
    /// </summary>
    internal sealed record Tally(int Lines, int Read, int Selected, int At1, int At3, int Any, int Suggestions, int GoldSuggestions = 0)
    {
        public static Tally operator +(Tally a, Tally b) =>
            new(a.Lines + b.Lines, a.Read + b.Read, a.Selected + b.Selected, a.At1 + b.At1, a.At3 + b.At3, a.Any + b.Any, a.Suggestions + b.Suggestions, a.GoldSuggestions + b.GoldSuggestions);

        public string Row(string label) => string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {Lines} | {Read} ({Share(Read, Lines)}) | {Lines - Read} | {At1} | {At3} | {Any} ({Share(Any, Lines - Read)}) | {(Selected == 0 ? 0 : (double)Suggestions / Selected):0.0} | {Share(GoldSuggestions, Suggestions)} | {Share(Read + Any, Lines)} |");

        private static string Share(int n, int of) => of == 0 ? "-" : ((double)n / of).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public const string Header = "| paper | gold lines | read with the paper | missed | suggested first | in first 3 | in any (up to 12) | suggestions per selection | of them gold lines | read or suggested |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    /// <param name="national">The national seed's entities.</param>
    /// <param name="paperPath">The held-out paper (its gold beside it).</param>
    /// <param name="store">
    /// Null for the known setting. The api setting: names looked up as <c>suggestLines</c> looks them up, in the store
    /// holding the seed and the national ODS extracts, without the gold's entities; an end is the gold's when its name or
    /// the words that named it are one of the gold entity's names (as <see cref="Scorer.Compare"/> reads the api setting).
    /// </param>
    /// <param name="choose">
    /// The reviewer also chooses the line's end the selected words do not name (by the gold's names and aliases), as
    /// the review view lets them: a reviewer who knows which body is meant. Off: the words alone.
    /// </param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<(Tally Tally, IReadOnlyList<string> Missed)> ScoreAsync(
        IReadOnlyList<KnownEntity> national, string paperPath, (IEntityLookup Lookup, IReadOnlySet<string> Ids)? store, bool choose, CancellationToken cancellationToken)
    {
        var held = await HeldOutPaper.LoadAsync(national, paperPath, store, cancellationToken).ConfigureAwait(false);
        var (gold, paper, lookup, taken, resolve) = held;
        string Resolve(EntityCandidate end) => resolve(end);
        var reading = await PaperExtractor.ExtractAsync(paper, lookup, taken, cancellationToken).ConfigureAwait(false);
        var read = reading.Lines.Where(l => l.Basis == RelationshipBasis.Stated).Select(held.KeyOf).ToHashSet();
        var goldKeys = held.GoldKeys;
        var tally = new Tally(0, 0, 0, 0, 0, 0, 0);
        var missed = new List<string>();
        var seen = new HashSet<(RelationshipType, string, string)>();
        for (var i = 0; i < gold.Lines.Count; i++)
        {
            var (type, from, to) = gold.Lines[i];
            if (!seen.Add((Scorer.Equivalent(type), from, to)))
            {
                continue;
            }

            if (read.Contains((Scorer.Equivalent(type), from, to)))
            {
                tally += new Tally(1, 1, 0, 0, 0, 0, 0);
                continue;
            }

            tally += new Tally(1, 0, 0, 0, 0, 0, 0);
            if (Selection(paper.Text, i < gold.Quotes.Count ? gold.Quotes[i] : string.Empty) is not { } selected || selected.Length > QuoteSuggester.MaxQuoteChars)
            {
                missed.Add($"unselectable: {GraphNames.ToWire(type)} {from} -> {to}");
                continue;
            }

            var folded = string.Join(' ', selected.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            var chosen = !choose ? [] : gold.Entities.Where(e => (e.Id == from || e.Id == to)
                && !e.Aliases.Prepend(e.Name).Any(n => folded.Contains(n.ToLowerInvariant(), StringComparison.Ordinal))).ToList();
            var suggested = await QuoteSuggester.SuggestAsync(
                paper, selected, lookup, taken, (lines, _) => Task.FromResult<IReadOnlyList<LineCandidate>>(
                    [.. lines.Where(l => !read.Contains((Scorer.Equivalent(l.Type), Resolve(l.From), Resolve(l.To))))]), chosen, cancellationToken).ConfigureAwait(false);
            var lines = suggested?.Lines ?? [];
            var rank = lines.Select((s, at) => (s, at)).FirstOrDefault(p =>
                Scorer.Equivalent(p.s.Line.Type) == Scorer.Equivalent(type) && Resolve(p.s.Line.From) == from && Resolve(p.s.Line.To) == to);
            var found = rank.s is not null;
            var inGold = lines.Count(s => goldKeys.Contains((Scorer.Equivalent(s.Line.Type), Resolve(s.Line.From), Resolve(s.Line.To))));
            tally += new Tally(0, 0, 1, found && rank.at == 0 ? 1 : 0, found && rank.at < 3 ? 1 : 0, found ? 1 : 0, lines.Count, inGold);
            if (!found)
            {
                missed.Add($"{GraphNames.ToWire(type)} {from} -> {to} ({lines.Count} suggested)"
                    + string.Concat(lines.Take(3).Select(s => $"\n        {GraphNames.ToWire(s.Line.Type)} {Resolve(s.Line.From)} -> {Resolve(s.Line.To)} {s.Line.Confidence:0.00}")));
            }
        }

        return (tally, missed);
    }

    /// <summary>The paper's words from the quote's first fragment to its last, each found after the one before (case aside).</summary>
    private static string? Selection(string text, string quote)
    {
        var fragments = quote.Split(["...", "…", " / "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(f => f.Length > 0).ToList();
        int? start = null;
        var end = 0;
        foreach (var fragment in fragments)
        {
            var words = fragment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
            var match = new Regex(string.Join(@"\s+", words), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Match(text, end);
            if (!match.Success)
            {
                return null;
            }

            start ??= match.Index;
            end = match.Index + match.Length;
        }

        return start is { } s ? text[s..end] : null;
    }
}
