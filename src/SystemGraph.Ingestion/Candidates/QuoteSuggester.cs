using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Reading;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// A line suggested from a passage a reviewer selected: the line (its quote is the selection's words that name both
/// ends), whether the extractor's own rules read it (<see cref="ByRule"/>) or only the words that name its kind
/// (<see cref="LineCues"/>), and how it was read, in words for the reviewer.
/// </summary>
public sealed record LineSuggestion(LineCandidate Line, bool ByRule, string Reading);

/// <summary>Where the selected words stand in the paper (<see cref="Start"/> to <see cref="End"/>), their section, and the lines they suggest.</summary>
public sealed record QuoteSuggestions(int Start, int End, string? Section, IReadOnlyList<LineSuggestion> Lines);

/// <summary>
/// Suggests lines from words a reviewer selected in a paper: the lines the extractor's rules read in them first, then
/// every line between two entities the selection names whose kind a word in the selection names (<see cref="LineCues"/>),
/// the likelier reading first. The rules offer few lines, nearly all right; a reviewer who sees one missing points at
/// its words and picks it here, rather than typing ids. Every suggestion passes the seed validator's rules
/// (<see cref="CandidateRules"/>), quotes only words of the selection, and is STATED only because the selection names
/// both ends and the kind of line: whether it says this line is the reviewer's call, which is why these are suggestions.
/// </summary>
public static class QuoteSuggester
{
    /// <summary>The longest selection read, in characters: a few paragraphs or a membership list, not a paper.</summary>
    public const int MaxQuoteChars = 4000;

    /// <summary>How many suggestions are returned at most, the likeliest first.</summary>
    public const int MaxSuggestions = 12;

    /// <summary>A new entity's name longer than this is a run of a flattened table's cells, not a name: not offered as an end.</summary>
    private const int MaxNewNameWords = 10;

    /// <summary>
    /// Confidence of a line suggested from a word of its kind: below the rules' (0.75 and up), except a line to an end the
    /// reviewer chose, which they asked for.
    /// </summary>
    private const double CueBase = 0.45, CueBetween = 0.1, CueDirection = 0.15, CueKinds = 0.05, CueFarApart = 0.02, CueContext = 0.35, FartherContext = 0.1, CueChosen = 0.6;

    /// <summary>
    /// How suggestions are ordered beyond their confidence: a line the rules read comes before one read from a word of
    /// its kind; and as a reviewer selects from one end of a line to the other, a line whose two ends the selection's first
    /// or last segment names comes first, then one with one end there.
    /// </summary>
    private const double RuleFirst = 0.1, EdgeLine = 0.15;

    /// <summary>
    /// Where <paramref name="quote"/> stands in the paper's text, its words in order with any white space between them
    /// (a selection in a browser folds line breaks); null when it is not there. The quote is only ever escaped text:
    /// literal words joined by white space, which match in linear time, so no time limit (on a loaded machine a limit is
    /// passed by the clock alone and would answer the reviewer an internal error; see <see cref="LineCues"/>).
    /// </summary>
    public static (int Start, int End)? Locate(string text, string quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var pattern = new Regex(string.Join(@"\s+", words.Select(Regex.Escape)), RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
        return pattern.Match(text) is { Success: true } match ? (match.Index, match.Index + match.Length) : null;
    }

    /// <summary>The suggestions for the selected words, likeliest first; null when the words are not in the paper.</summary>
    /// <param name="paper">The paper the words were selected in.</param>
    /// <param name="quote">The selected words.</param>
    /// <param name="lookup">Where names are looked up (the store the lines would be written to).</param>
    /// <param name="takenIds">Ids a new entity may not take.</param>
    /// <param name="notInGraph">Of the lines read, those the graph does not already hold (a scenario's candidates are not suggested again).</param>
    /// <param name="chosen">Entities the reviewer chose as ends (a body the words do not name, or name in a way not read as a name).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public static async Task<QuoteSuggestions?> SuggestAsync(
        PaperText paper, string quote, IEntityLookup lookup, IReadOnlySet<string> takenIds,
        Func<IReadOnlyList<LineCandidate>, CancellationToken, Task<IReadOnlyList<LineCandidate>>> notInGraph, IReadOnlyList<KnownEntity> chosen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(notInGraph);
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(lookup);
        if (Locate(paper.Text, quote) is not { } at)
        {
            return null;
        }

        // Mentions as the whole paper reads them: its definitions ("the Board") and the bodies it names elsewhere count.
        var mentions = await PaperExtractor.MentionsAsync(paper, lookup, takenIds, cancellationToken).ConfigureAwait(false);
        var read = Read(paper, mentions, PaperChecks.Of(paper), at, chosen, outsideToo: true);
        var fresh = await notInGraph(read.Lines, cancellationToken).ConfigureAwait(false);
        return new QuoteSuggestions(at.Start, at.End, read.Section, Ordered(fresh, read));
    }

    /// <summary>What a selection reads: its section, the lines that pass the rules, which of them the rules read, and the selection's segments (folded) for ordering.</summary>
    internal sealed record SelectionReading(string? Section, IReadOnlyList<LineCandidate> Lines, IReadOnlySet<(RelationshipType, string, string)> ByRule, IReadOnlyList<string> Edges);

    /// <summary>
    /// The lines the words from <paramref name="at"/> may state, read with the whole paper's mentions (found once per
    /// paper by the caller: a reviewer's request, or the reading of every passage in <see cref="PassageSuggestions"/>).
    /// <paramref name="outsideToo"/>: also the INFERRED lines to a body named outside the words, or chosen by the reviewer.
    /// </summary>
    internal static SelectionReading Read(PaperText paper, MentionFinder mentions, PaperChecks checks, (int Start, int End) at, IReadOnlyList<KnownEntity> chosen, bool outsideToo)
    {
        var sections = checks.Sections;
        var section = SectionAt(paper, at.Start);
        var selection = PaperReader.ReadText(paper.Text[at.Start..at.End]);
        var byRule = CandidateRules.Keep(
            new LineFinder(selection, mentions).Find().Concat(FieldBlockFinder.Find(selection, mentions)).Select(l => OneQuote(l, selection.Text, section, sections)),
            paper, oneQuoteFewPairs: false, checks);
        var ruled = byRule.Select(Key).ToHashSet();

        // The selection's segments and the entities each names, the text around it and the quote of a reading to a body
        // outside it: each found once, for every reading below.
        var segments = Segments(selection);
        var found = segments.Select(g => (IReadOnlyList<Mention>)[.. Found(mentions, g.Text, section)]).ToList();
        var cued = Cued(selection.Text, segments, found, section).Where(l => !ruled.Contains(Key(l))).ToList();
        var (outside, picked) = (new List<LineCandidate>(), new List<LineCandidate>());
        if (outsideToo)
        {
            var context = Context(paper, at.Start, section).ToList();
            var shortQuote = QuoteOfAtLeast(paper.Text, at.Start, selection.Text);
            var named = cued.Select(Key).Concat(ruled).ToHashSet();
            outside = [.. FromContext(shortQuote, selection.Text, found, context, mentions, section).Where(l => !named.Contains(Key(l)))];
            picked = FromChosen(shortQuote, selection.Text, found, context, section, chosen);
        }

        var kept = CandidateRules.Keep(byRule.Concat(cued).Concat(outside).Concat(picked), paper, oneQuoteFewPairs: false, checks);
        return new SelectionReading(section, kept, ruled, [.. segments.Select(g => EvidenceText.Fold(g.Text))]);
    }

    /// <summary>The suggestions of a selection's lines, likeliest first, at most <see cref="MaxSuggestions"/>.</summary>
    internal static IReadOnlyList<LineSuggestion> Ordered(IReadOnlyList<LineCandidate> lines, SelectionReading read) =>
        [.. lines
            .Select(l => read.ByRule.Contains(Key(l))
                ? new LineSuggestion(l, true, "Read by the extractor's rules from the selected words.")
                : new LineSuggestion(l, false, l.Basis == RelationshipBasis.Inferred ? l.Rationale! : Reading(l)))
            .OrderByDescending(s => s.Line.Confidence + (s.ByRule ? RuleFirst : 0) + AtEdges(s.Line, read.Edges))
            .Take(MaxSuggestions)];

    /// <summary>How much a line's ends being named in the selection's first or last segment (folded) moves it up.</summary>
    private static double AtEdges(LineCandidate line, IReadOnlyList<string> lines)
    {
        if (lines.Count < 2)
        {
            return 0;
        }

        bool In(EntityCandidate end, IReadOnlyList<string> titles, string folded) =>
            end.Names.Concat(titles).Append(end.MatchedText).Any(n => EvidenceText.Occurs(n, folded));
        bool AtEdge(EntityCandidate end, IReadOnlyList<string> titles) => In(end, titles, lines[0]) || In(end, titles, lines[^1]);
        return (AtEdge(line.From, line.FromMentions) ? EdgeLine : 0) + (AtEdge(line.To, line.ToMentions) ? EdgeLine : 0);
    }

    /// <summary>
    /// A line the rules read with one quote, as a reviewer cites it: a lead-in and an item, or a table's heading and a
    /// row, become the words of the selection from the first to the last (verbatim, white space folded); the section is
    /// the selection's where the rules gave none.
    /// </summary>
    private static LineCandidate OneQuote(LineCandidate line, string selected, string? section, IReadOnlySet<string> paperSections)
    {
        // A label the selection alone seems to have (a short line read as a heading) is not the paper's: cite the paper's.
        string? Cited(string? label) => label is not null && DocumentSections.IsFound(label, paperSections) ? label : section;
        var spans = line.Sources.Select(s => Locate(selected, s.Quote)).ToList();
        if (spans.Count < 2 || spans.Any(s => s is null))
        {
            return line with { Sources = [.. line.Sources.Select(s => s with { Section = s.Table ? s.Section : Cited(s.Section) })] };
        }

        var quote = SeedLoader.FoldSpace(selected[spans.Min(s => s!.Value.Start)..spans.Max(s => s!.Value.End)]);
        return line with { Sources = [new CandidateSource(quote, Cited(line.Sources.Select(s => s.Section).LastOrDefault(s => s is not null)))] };
    }

    private static (RelationshipType, string, string) Key(LineCandidate line) => (line.Type, line.From.Id, line.To.Id);

    private static string Reading(LineCandidate line) =>
        $"The selection names both ends and a word for this kind of line ({GraphNames.ToWire(line.Type).Replace('_', ' ').ToLowerInvariant()}); "
        + "which end is which was read from where the words stand. Check that it says this line before adding it.";

    /// <summary>The section of the paper a passage at <paramref name="offset"/> is in, as its reader recorded it.</summary>
    private static string? SectionAt(PaperText paper, int offset) =>
        paper.Passages.LastOrDefault(p => p.Start <= offset)?.Section ?? (paper.Passages.Count > 0 ? paper.Passages[0].Section : null);

    /// <summary>
    /// Lines between two entities the selection names, for each word in it that names a kind of line: a segment of the
    /// selection (<see cref="Segments"/>: a heading, a list item, a table row, a line of a paragraph) is the unit, and a
    /// line's quote runs from the segment naming one end to the segment naming the other.
    /// </summary>
    private static List<LineCandidate> Cued(string selected, List<(int Start, int End, string Text)> segments, List<IReadOnlyList<Mention>> found, string? section)
    {
        // The selection's segments laid end to end, one per line of a virtual text, so that a place in a segment and a
        // place in the text agree; each segment keeps where it stands in the selection, for the quote.
        var text = string.Join('\n', segments.Select(g => g.Text));
        var units = new List<(int Start, int Index, Mention Mention)>();
        var at = 0;
        for (var index = 0; index < segments.Count; index++)
        {
            units.AddRange(found[index].Select(m => (at, index, m)));
            at += segments[index].Text.Length + 1;
        }

        var cues = LineCues.All.SelectMany(c => c.Words.Matches(text).Select(m => (Cue: c, m.Index, End: m.Index + m.Length))).ToList();
        var best = new Dictionary<(RelationshipType, string, string), LineCandidate>();
        for (var i = 0; i < units.Count; i++)
        {
            for (var j = i + 1; j < units.Count; j++)
            {
                var (a, b) = (units[i], units[j]);
                if (a.Mention.Entity.Id == b.Mention.Entity.Id)
                {
                    continue;
                }

                var quoteStart = a.Start;
                var quoteEnd = text.IndexOf('\n', b.Start) is var nl and >= 0 ? nl : text.Length;
                var quote = SeedLoader.FoldSpace(selected[segments[a.Index].Start..segments[b.Index].End]);
                var (aStart, aEnd) = (a.Start + a.Mention.Start, a.Start + a.Mention.End);
                var (bStart, bEnd) = (b.Start + b.Mention.Start, b.Start + b.Mention.End);
                foreach (var group in cues.Where(c => c.Index >= quoteStart && c.End <= quoteEnd && (c.End <= aStart || c.Index >= aEnd) && (c.End <= bStart || c.Index >= bEnd)).GroupBy(c => c.Cue.Type))
                {
                    foreach (var line in Readings(group.Key, group.ToList(), a, b, aEnd, bStart, quote, section))
                    {
                        var key = Key(line);
                        if (!best.TryGetValue(key, out var had) || had.Confidence < line.Confidence)
                        {
                            best[key] = line;
                        }
                    }
                }
            }
        }

        return [.. best.Values];
    }

    /// <summary>
    /// The selection cut into lines, and a line cut again where its reader starts a passage in it (a list laid out on one
    /// line, "o A o B o C"): a heading, a table row, a list item, a line of a long sentence. Start and end are places in
    /// the selection's text; the text is that span, white space folded.
    /// </summary>
    private static List<(int Start, int End, string Text)> Segments(PaperText selection)
    {
        var segments = new List<(int Start, int End, string Text)>();
        var lineStart = 0;
        foreach (var line in selection.Text.Split('\n'))
        {
            var lineEnd = lineStart + line.Length;
            var cuts = selection.Passages.Select(p => p.Start).Where(at => at > lineStart && at < lineEnd).Prepend(lineStart).Append(lineEnd).Distinct().Order().ToList();
            for (var i = 0; i + 1 < cuts.Count; i++)
            {
                var text = SeedLoader.FoldSpace(selection.Text[cuts[i]..cuts[i + 1]]);
                if (text.Length > 0)
                {
                    segments.Add((cuts[i], cuts[i + 1], text));
                }
            }

            lineStart = lineEnd + 1;
        }

        return segments;
    }

    /// <summary>The mentions in a text, less the runs of a flattened table's cells the new-entity rules take for one long name.</summary>
    private static IEnumerable<Mention> Found(MentionFinder mentions, string text, string? section) =>
        mentions.Find(text, section).Where(m => m.Entity.IsExisting || EvidenceText.Words(m.Entity.Name) <= MaxNewNameWords);

    /// <summary>
    /// The two readings (a to b, b to a) of one kind of line that the ends' kinds allow, each as sure as where its words
    /// stand says: a list's lead-in names the body its items belong to; in one line, a wording between the ends names the
    /// <c>from</c> end first unless it is one that names the <c>to</c> end first ("chaired by").
    /// </summary>
    private static IEnumerable<LineCandidate> Readings(
        RelationshipType type, List<(LineCue Cue, int Index, int End)> cues, (int Start, int Index, Mention Mention) a, (int Start, int Index, Mention Mention) b,
        int aEnd, int bStart, string quote, string? section)
    {
        var between = cues.Where(c => c.Index >= aEnd && c.End <= bStart).ToList();
        bool? aFirst = a.Index != b.Index
            ? false // a lead-in or heading, then the items under it
            : between.Count > 0 ? !between[0].Cue.EndsFirst : cues.Any(c => c.End <= aEnd) ? false : null;
        var folded = EvidenceText.Fold(quote);
        var (status, note) = StatusWords.Read(quote, section);
        foreach (var (from, to, forward) in new[] { (a.Mention, b.Mention, true), (b.Mention, a.Mention, false) })
        {
            if (!Fits(type, from.Entity.Kind, to.Entity.Kind))
            {
                continue;
            }

            // As sure as the wording's place says, times as sure as the ends' readings are (a known entity by name is surer than a new one).
            var placed = CueBase + (between.Count > 0 ? CueBetween : 0) + (aFirst == forward ? CueDirection : 0)
                + (KindsFit(type, from.Entity.Kind, to.Entity.Kind) ? CueKinds : 0) - (CueFarApart * Math.Min(10, b.Index - a.Index));
            var confidence = placed * Math.Min(1, ((from.Entity.Confidence + to.Entity.Confidence) / 2) + 0.15);
            yield return new LineCandidate(
                type, from.Entity, to.Entity, status, note, null, null, null, RelationshipBasis.Stated, null,
                [new CandidateSource(quote, section)], NamedBy(from, folded), NamedBy(to, folded), Math.Round(confidence, 2));
        }
    }

    /// <summary>
    /// Lines from an entity the selection names to a body named just outside it, in the lines before it, the heading of
    /// its section or the paper's title ("Membership: ... Jane Smith" in a paper titled "X Board terms of reference"), when
    /// a word in the selection or in that text names the kind of line. The selection does not name the body, so the line
    /// is INFERRED, with where the body was read from as its reason; its quote is the selection (with the lines before
    /// it when it is shorter than a quote may be).
    /// </summary>
    private static List<LineCandidate> FromContext(
        string? quote, string selected, List<IReadOnlyList<Mention>> found, List<(string Where, string Text, double Farther)> context, MentionFinder mentions, string? section)
    {
        var inside = found.SelectMany(f => f).ToList();
        if (inside.Count == 0 || quote is null)
        {
            return [];
        }

        var lines = new List<LineCandidate>();
        var (status, note) = StatusWords.Read(quote, section);
        // The words of a line's kind may stand nearer than the body: "3. Membership" under a paper titled for the board.
        var cues = LineCues.All.Where(c => c.Words.IsMatch(selected)).ToList();
        foreach (var (where, text, farther) in context)
        {
            cues = [.. cues.Concat(LineCues.All.Where(c => c.Words.IsMatch(text))).DistinctBy(c => c.Type)];
            foreach (var body in mentions.Find(text, section).Where(m => m.Entity.Kind is EntityKind.Board or EntityKind.Organisation or EntityKind.Agreement or EntityKind.Programme).DistinctBy(m => m.Entity.Id))
            {
                foreach (var member in inside.Where(m => m.Entity.Id != body.Entity.Id).DistinctBy(m => m.Entity.Id))
                {
                    foreach (var cue in cues)
                    {
                        if (!Fits(cue.Type, member.Entity.Kind, body.Entity.Kind))
                        {
                            continue;
                        }

                        var placed = CueContext - farther + (KindsFit(cue.Type, member.Entity.Kind, body.Entity.Kind) ? CueKinds : 0);
                        var rationale = $"The selection names {member.Text}; {body.Entity.Name} is named {where} (\"{Shorten(text)}\"), not in the quote, "
                            + $"and a word there names this kind of line ({GraphNames.ToWire(cue.Type).Replace('_', ' ').ToLowerInvariant()}). Check that the paper means this body.";
                        lines.Add(new LineCandidate(
                            cue.Type, member.Entity, body.Entity, status, note, null, null, null, RelationshipBasis.Inferred, rationale,
                            [new CandidateSource(quote, section)], [], [],
                            Math.Round(placed * Math.Min(1, ((member.Entity.Confidence + body.Entity.Confidence) / 2) + 0.15), 2)));
                    }
                }
            }
        }

        return lines;
    }

    /// <summary>
    /// Lines between an entity the reviewer chose and each other entity of the selection (or chosen), for each word of a
    /// kind of line in the selection or just around it. STATED when the quote names both ends, as for any suggestion;
    /// INFERRED when it does not name the chosen one, with that as the reason. Ranked above the words' own readings:
    /// the reviewer has said which entity the words are about.
    /// </summary>
    private static List<LineCandidate> FromChosen(
        string? quote, string selected, List<IReadOnlyList<Mention>> found, List<(string Where, string Text, double Farther)> context, string? section, IReadOnlyList<KnownEntity> chosen)
    {
        if (chosen.Count == 0 || quote is null)
        {
            return [];
        }

        var picked = chosen.Select(k => k.AsCandidate(1.0, k.Name, string.Empty)).ToList();
        var inside = found.SelectMany(f => f).Select(m => m.Entity);
        var others = inside.Concat(picked).DistinctBy(e => e.ExistingId ?? e.Id).ToList();
        var cues = LineCues.All.Where(c => c.Words.IsMatch(selected) || context.Any(x => c.Words.IsMatch(x.Text))).DistinctBy(c => c.Type).ToList();
        var folded = EvidenceText.Fold(quote);
        var (status, note) = StatusWords.Read(quote, section);
        var lines = new List<LineCandidate>();
        foreach (var end in picked)
        {
            foreach (var other in others.Where(o => (o.ExistingId ?? o.Id) != end.Id))
            {
                foreach (var cue in cues)
                {
                    foreach (var (from, to) in new[] { (other, end), (end, other) })
                    {
                        if (!Fits(cue.Type, from.Kind, to.Kind))
                        {
                            continue;
                        }

                        var named = new[] { from, to }.All(e => e.Names.Any(n => EvidenceText.Occurs(n, folded)));
                        var unnamed = new[] { from, to }.Where(e => !e.Names.Any(n => EvidenceText.Occurs(n, folded))).Select(e => e.Name);
                        var rationale = named ? null
                            : $"The reviewer chose {string.Join(" and ", unnamed)} as an end; the quote does not name it, and a word of it or around it names this kind "
                              + $"of line ({GraphNames.ToWire(cue.Type).Replace('_', ' ').ToLowerInvariant()}).";
                        var placed = CueChosen + (KindsFit(cue.Type, from.Kind, to.Kind) ? CueKinds : 0) + (to == end && to.Kind is EntityKind.Board or EntityKind.Organisation ? CueDirection : 0);
                        lines.Add(new LineCandidate(
                            cue.Type, from, to, status, note, null, null, null, named ? RelationshipBasis.Stated : RelationshipBasis.Inferred, rationale,
                            [new CandidateSource(quote, section)], [], [],
                            Math.Round(placed * Math.Min(1, ((from.Confidence + to.Confidence) / 2) + 0.15), 2)));
                    }
                }
            }
        }

        return lines;
    }

    /// <summary>
    /// Where a body the selection belongs to may be named: the lines before it in its paragraph, the last line of the
    /// paragraph before (less likely), its section's heading, the paper's title and first line.
    /// </summary>
    private static IEnumerable<(string Where, string Text, double Farther)> Context(PaperText paper, int start, string? section)
    {
        // The lead-in of the selection's own paragraph or list: lines back to a blank line, at most two.
        // (The first is the start of the selection's own line, empty when the selection starts the line.)
        var lines = LinesBack(paper, start).Select(l => l.Trim()).ToList();
        var own = lines.Skip(lines.Count > 0 && lines[0].Length == 0 ? 1 : 0).ToList();
        foreach (var line in own.TakeWhile(l => l.Length > 0).Take(2))
        {
            yield return ("just before the selection", line, 0);
        }

        // "X is a collaboration of ... . [blank] We formed with the following membership: A, B": the paragraph before
        // names the body a paragraph opening with "we" or "its members" means; less likely than nearer text.
        if (own.SkipWhile(l => l.Length > 0).SkipWhile(l => l.Length == 0).FirstOrDefault() is { Length: > 0 } previous)
        {
            yield return ("in the paragraph before the selection", previous, FartherContext);
        }

        if (section is not null)
        {
            yield return ("in its section's heading", section, 0);
        }

        if (paper.Metadata.Title is { Length: > 0 } title)
        {
            yield return ("in the paper's title", title, 0);
        }

        if (PaperLines.Of(paper).Lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) is { } first && first != paper.Metadata.Title)
        {
            yield return ("in the paper's first line", first, 0);
        }
    }

    /// <summary>
    /// The paper's lines before <paramref name="start"/>, nearest first: the start of the line it stands in, then the
    /// whole lines before it (from the paper's line index, not a split of the text before it).
    /// </summary>
    private static IEnumerable<string> LinesBack(PaperText paper, int start)
    {
        var index = PaperLines.Of(paper);
        var line = 0;
        while (line + 1 < index.Lines.Count && index.Starts[line + 1] <= start)
        {
            line++;
        }

        yield return paper.Text[index.Starts[line]..start];
        for (var i = line - 1; i >= 0; i--)
        {
            yield return index.Lines[i];
        }
    }

    /// <summary>The selection, folded, with whole lines before it added while it is shorter than a quote may be (five words); null when still short.</summary>
    private static string? QuoteOfAtLeast(string text, int start, string selected)
    {
        var quote = SeedLoader.FoldSpace(selected);
        var from = start;
        for (var added = 0; EvidenceText.Words(quote) < 5 && added < 3 && from > 0; added++)
        {
            from = text.LastIndexOf('\n', Math.Max(0, from - 2)) + 1;
            quote = SeedLoader.FoldSpace(text[from..(start + selected.Length)]);
            if (from == 0)
            {
                break;
            }
        }

        return EvidenceText.Words(quote) >= 5 ? quote : null;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    /// <summary>The words that named an end, when none of its names is in the quote ("the Board"): the validator's mentions.</summary>
    private static IReadOnlyList<string> NamedBy(Mention mention, string foldedQuote) =>
        mention.Entity.Names.Any(n => EvidenceText.Occurs(n, foldedQuote)) ? [] : [mention.Text];

    /// <summary>
    /// Whether a line of this type may join ends of these kinds: the graph's rules (RelationshipRules), no line to a
    /// person (a body answers to a body), and an area only where an area can be an end (<see cref="AreaFits"/>).
    /// </summary>
    private static bool Fits(RelationshipType type, EntityKind from, EntityKind to) =>
        to != EntityKind.Person && AreaFits(type, from, to)
        && RelationshipRules.Check(new Relationship { Id = "suggestion", Type = type, FromId = "from", ToId = "to", Status = RelationshipStatus.Proposed }, from, to) is null;

    /// <summary>
    /// A place's name read where a body's would be ("NCA Bury Care Organisation"): an area (a place, or a system as a
    /// spatial level) is never a member, a chair or a lead; it covers, is covered, or is part of a bigger one.
    /// </summary>
    private static bool AreaFits(RelationshipType type, EntityKind from, EntityKind to) =>
        (from != EntityKind.Area && to != EntityKind.Area) || type is RelationshipType.Covers or RelationshipType.PartOf;

    /// <summary>The ends' kinds a kind of line usually has: a person chairs or leads; a body covers an area; a function transfers.</summary>
    private static bool KindsFit(RelationshipType type, EntityKind from, EntityKind to) => type switch
    {
        RelationshipType.Chairs or RelationshipType.SroFor => from == EntityKind.Person,
        RelationshipType.MemberOf or RelationshipType.PartOf => to == EntityKind.Board,
        RelationshipType.Covers => to == EntityKind.Area,
        RelationshipType.TransfersTo => from == EntityKind.Function,
        RelationshipType.PartyTo => to == EntityKind.Agreement,
        _ => false,
    };
}
