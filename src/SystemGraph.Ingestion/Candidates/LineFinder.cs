using System.Text;
using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Finds candidate lines in a paper's passages: a sentence whose wording says a line between two named ends
/// (<see cref="LinePatterns"/>), and a list item whose list's lead-in says the line and names the other end ("The
/// membership of the X Board will be:" + "- Y"), quoted as one passage from the lead-in down to the item, or as two
/// sources, the lead-in and the item, when the list is too long for that.
/// </summary>
internal sealed partial class LineFinder(PaperText paper, MentionFinder mentions)
{
    /// <summary>Confidence of a line read from one sentence, and from a lead-in and an item.</summary>
    private const double SentenceConfidence = 0.85, ListConfidence = 0.75;

    /// <summary>How many sentences back "partners to this" may look for the agreement it means.</summary>
    private const int ThisLookBack = 3;

    /// <summary>Confidence of a new workstream read from a heading whose work a sentence says someone leads.</summary>
    private const double WorkConfidence = 0.5;

    /// <summary>The longest run from a list's lead-in to an item quoted as one passage (about a dozen short items).</summary>
    private const int MaxListQuoteChars = 600;

    private static readonly (Regex LeadIn, RelationshipType Type)[] LeadIns =
    [
        (new Regex(@"\bmembers(?:hip)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:part(?:y|ies)|partners|signator(?:y|ies))\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.PartyTo),
        (new Regex(@"\baccountable\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.AccountableTo),
        (new Regex(@"\b(?:reports?|reporting)\s+(?:\w+\s+)?(?:in)?to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.ReportsTo),
        (new Regex(@"\bsub-?(?:committees?|groups?)\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.PartOf),
    ];

    public IEnumerable<LineCandidate> Find()
    {
        var previous = new List<(PaperPassage Passage, IReadOnlyList<Mention> Found)>();
        foreach (var passage in paper.Passages.Concat(CellSentences()).Concat(OtherLines()))
        {
            var found = mentions.Find(passage);
            foreach (var line in FromSentence(passage, found))
            {
                yield return line;
            }

            foreach (var line in FromPartiesToThis(passage, found, previous.Where(p => p.Passage.Section == passage.Section).ToList()))
            {
                yield return line;
            }

            previous.Add((passage, found));
            if (previous.Count > ThisLookBack)
            {
                previous.RemoveAt(0);
            }

            foreach (var line in FromSectionWork(passage, found))
            {
                yield return line;
            }

            if (passage is { Kind: PassageKind.ListItem, LeadIn: { } leadIn })
            {
                foreach (var line in FromList(passage, leadIn, found))
                {
                    yield return line;
                }
            }
        }
    }

    private static IEnumerable<LineCandidate> FromSentence(PaperPassage passage, IReadOnlyList<Mention> found)
    {
        if (found.Count < 2 || EvidenceWords(passage.Text) < 5)
        {
            yield break;
        }

        var marked = Marked(passage.Text, found);
        var (status, note) = StatusWords.Read(passage.Text, passage.Section);
        var (validFrom, validTo) = LineDates.Read(passage.Text);
        foreach (var pattern in LinePatterns.All)
        {
            foreach (Match match in pattern.Regex.Matches(marked))
            {
                var left = found[int.Parse(match.Groups["l"].Value, System.Globalization.CultureInfo.InvariantCulture)];
                var rights = LinePatterns.Markers(match.Groups["r"].Value).Select(i => found[i]).ToList();
                foreach (var right in rights)
                {
                    var (from, to) = pattern.LeftIsFrom ? (left, right) : (right, left);
                    if (from.Entity.Id == to.Entity.Id || Cut(passage.Text, left) || Cut(passage.Text, right)
                        || (pattern.Type is RelationshipType.PartyTo or RelationshipType.MemberOf && PostAfter().IsMatch(passage.Text.AsSpan(from.End)))
                        || (pattern.FromKinds is { } fromKinds && !fromKinds.Contains(from.Entity.Kind))
                        || (pattern.ToKinds is { } toKinds && !toKinds.Contains(to.Entity.Kind)))
                    {
                        continue;
                    }

                    var confidence = SentenceConfidence * Math.Min(1, ((from.Entity.Confidence + to.Entity.Confidence) / 2) + 0.15);
                    yield return new LineCandidate(
                        pattern.Type, from.Entity, to.Entity, status, note, validFrom, validTo, null,
                        pattern.Inferred is null ? RelationshipBasis.Stated : RelationshipBasis.Inferred, pattern.Inferred,
                        [new CandidateSource(SentenceQuote(passage.Text, left, right, rights.Count), passage.Section)], Titles(from), Titles(to),
                        pattern.Inferred is null ? confidence : confidence * 0.7);
                }
            }
        }
    }

    /// <summary>
    /// "Su Long is leading this work", "The work will be co-ordinated by X" under a heading that names a workstream: the
    /// lead of the heading's work. The heading is quoted with the text that follows it, so the line names both ends.
    /// </summary>
    private IEnumerable<LineCandidate> FromSectionWork(PaperPassage passage, IReadOnlyList<Mention> found)
    {
        if (ThisWork().Match(passage.Text) is not { Success: true } work
            || passage.Section is not { } label || EvidenceWords(label) > 6 || !char.IsLetter(label[0])
            || paper.Sections.LastOrDefault(s => s.Label == label && s.Line <= passage.Line) is not { } section
            || found.Any(m => m.Start < work.Index + work.Length && work.Index < m.End)
            || HeadingQuote(section) is not { } headingQuote)
        {
            yield break;
        }

        var heading = mentions.Whole(label) ?? mentions.NewByPlace(EntityKind.Programme, WorkConfidence, label, 0, label, label);
        var withWork = found.Append(new Mention(work.Index, work.Index + work.Length, work.Value, heading.Entity)).OrderBy(m => m.Start).ToList();
        foreach (var line in FromSentence(passage, withWork).Where(l => l.To.Id == heading.Entity.Id && l.Type is RelationshipType.Leads or RelationshipType.SroFor or RelationshipType.Chairs))
        {
            yield return line with
            {
                Sources = [new CandidateSource(headingQuote, label), .. line.Sources],
                ToMentions = heading.Entity.Names.Any(n => Graph.Seed.Validation.EvidenceText.Fold(n) == Graph.Seed.Validation.EvidenceText.Fold(label)) ? [] : [label],
                Confidence = line.Confidence * 0.9,
            };
        }
    }

    /// <summary>
    /// "The X framework - ... . It will ... . Partners to this are A, B and C.": the parties of the agreement the nearest
    /// sentence before (of the last few in the same section) names first. Both sentences are quoted, so the line names
    /// both ends.
    /// </summary>
    private static IEnumerable<LineCandidate> FromPartiesToThis(PaperPassage passage, IReadOnlyList<Mention> found, IReadOnlyList<(PaperPassage Passage, IReadOnlyList<Mention> Found)> earlier)
    {
        if (PartiesToThis().Match(passage.Text) is not { Success: true } match
            || earlier.LastOrDefault(p => p.Found.Any(m => m.Entity.Kind == EntityKind.Agreement)) is not { Passage: { } before } named
            || EvidenceWords(before.Text) < 5)
        {
            yield break;
        }

        var agreement = named.Found.First(m => m.Entity.Kind == EntityKind.Agreement);

        var at = match.Groups["this"];
        var withThis = found.Append(new Mention(at.Index, at.Index + at.Length, at.Value, agreement.Entity)).OrderBy(m => m.Start).ToList();
        foreach (var line in FromSentence(passage, withThis).Where(l => l.Type == RelationshipType.PartyTo && l.To.Id == agreement.Entity.Id))
        {
            yield return line with
            {
                Sources = [new CandidateSource(before.Text, before.Section), .. line.Sources],
                ToMentions = Titles(agreement),
                Confidence = line.Confidence * 0.9,
            };
        }
    }

    /// <summary>
    /// The sentences of a table's cells that read as running text (eight words or more: "The governance framework for
    /// ... . Partners to this are ..."), as passages of the table's section; short cells are labels and values.
    /// </summary>
    private IEnumerable<PaperPassage> CellSentences()
    {
        foreach (var table in paper.Tables)
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                foreach (var cell in table.Rows[r].Where(c => EvidenceWords(c) >= 8))
                {
                    foreach (var sentence in SentenceBreak().Split(cell).Select(x => x.Trim()).Where(x => EvidenceWords(x) >= 5))
                    {
                        var start = paper.Text.IndexOf(sentence, StringComparison.Ordinal);
                        yield return new PaperPassage(sentence, Math.Max(0, start), table.Line + r, table.Section, PassageKind.Sentence);
                    }
                }
            }
        }
    }

    /// <summary>A heading and the text after it to the end of its first sentence, as one quote (at least five words).</summary>
    private string? HeadingQuote(PaperSection section)
    {
        var lines = paper.Text.Split('\n');
        var start = lines.Take(section.Line - 1).Sum(l => l.Length + 1);
        if (start >= paper.Text.Length)
        {
            return null;
        }

        var end = paper.Text.IndexOf(". ", start, StringComparison.Ordinal) is var dot and >= 0 ? dot + 1 : paper.Text.Length;
        var quote = Whitespace().Replace(paper.Text[start..Math.Min(end, start + 300)], " ").Trim();
        return EvidenceWords(quote) >= 5 && quote.StartsWith(section.Label, StringComparison.Ordinal) ? quote : null;
    }

    private IEnumerable<LineCandidate> FromList(PaperPassage item, string leadIn, IReadOnlyList<Mention> inItem)
    {
        if (inItem.Count == 0 || EvidenceWords(leadIn) < 5)
        {
            yield break;
        }

        var rule = LeadIns.FirstOrDefault(r => r.LeadIn.IsMatch(leadIn));
        if (rule.LeadIn is null || mentions.Find(leadIn, item.Section) is not { Count: > 0 } inLeadIn)
        {
            yield break;
        }

        var wording = rule.LeadIn.Match(leadIn);
        var end = inLeadIn.FirstOrDefault(m => m.Start >= wording.Index + wording.Length) ?? inLeadIn[^1];
        var itemQuote = ItemQuote(item);
        var (status, note) = StatusWords.Read(leadIn + " " + item.Text, item.Section);
        var (validFrom, validTo) = LineDates.Read(leadIn + " " + item.Text);
        // The item's member is the first entity it names outside brackets ("Chief Officer of X (as determined by Y)").
        // An area is no member of a body, and a new name that holds the list's own body ("Lead of the X Board" in X's list) is its post.
        foreach (var member in inItem.Where(m => m.Entity.Id != end.Entity.Id && !InBrackets(item.Text, m.Start)).Take(1)
            .Where(m => rule.Type != RelationshipType.MemberOf || (m.Entity.Kind != EntityKind.Area && !PostOf(m.Entity, end.Entity))))
        {
            var role = Clean(item.Text) is var text && !string.Equals(text, member.Text, StringComparison.OrdinalIgnoreCase) && text.Length <= 120 ? text : null;
            var confidence = ListConfidence * Math.Min(1, ((member.Entity.Confidence + end.Entity.Confidence) / 2) + 0.15);
            yield return new LineCandidate(
                rule.Type, member.Entity, end.Entity, status, note, validFrom, validTo, rule.Type == RelationshipType.MemberOf ? role : null,
                RelationshipBasis.Stated, null,
                ListQuote(item, leadIn) is { } whole ? [new CandidateSource(whole, item.Section)] : [new CandidateSource(leadIn, item.Section), new CandidateSource(itemQuote, item.Section)],
                Titles(member), Titles(end), confidence);
        }
    }

    /// <summary>
    /// The sentence as the quote; when it names several ends after one wording ("between A, B, C and D"), the sentence
    /// up to this end (when the left end comes first), so that each line has its own words and a long list of parties
    /// is not cut at the validator's QUOTE_OVERUSED (one quote, three pairs).
    /// </summary>
    private static string SentenceQuote(string sentence, Mention left, Mention right, int ends)
    {
        if (ends <= 1 || left.Start > right.Start)
        {
            return sentence;
        }

        var prefix = sentence[..right.End].TrimEnd();
        return EvidenceWords(prefix) >= 5 ? prefix : sentence;
    }

    /// <summary>
    /// The paper's lines that are in no passage (headings, template fields: "Reporting officer: Name, Chair of X"), each
    /// read as a sentence of the section it stands in, so a line a heading states is not lost.
    /// </summary>
    private IEnumerable<PaperPassage> OtherLines()
    {
        var inPassages = paper.Passages.Select(p => p.Line).ToHashSet();
        var start = 0;
        var lines = paper.Text.Split('\n');
        for (var i = 0; i < lines.Length; start += lines[i].Length + 1, i++)
        {
            var line = i + 1;
            var text = lines[i].Trim();
            if (text.Length > 0 && !inPassages.Contains(line) && paper.Tables.All(t => t.Line > line || line >= t.Line + t.Rows.Count))
            {
                yield return new PaperPassage(Wrapped(text, lines, i, inPassages), start + lines[i].IndexOf(text, StringComparison.Ordinal), line,
                    paper.Sections.LastOrDefault(s => s.Line <= line)?.Label, PassageKind.Sentence);
            }
        }
    }

    /// <summary>
    /// A line whose last name runs on to the next non-empty line ("Chair of the Northfield Provider" / "Alliance and
    /// ..."), as a heading or field wrapped by the paper's layout: the two lines joined, when a name crosses the break.
    /// </summary>
    private string Wrapped(string text, string[] lines, int i, HashSet<int> inPassages)
    {
        var next = Enumerable.Range(i + 1, Math.Min(2, lines.Length - i - 1)).FirstOrDefault(j => lines[j].Trim().Length > 0);
        if (next == 0 || inPassages.Contains(next + 1) || MentionFinder.WrappedPairs([lines[i], lines[next]]).FirstOrDefault() is not { } joined)
        {
            return text;
        }

        return mentions.Find(joined, null).Any(m => m.Start < text.Length && m.End > text.Length + 1) ? joined : text;
    }

    /// <summary>
    /// The list from its lead-in down to the item, as one quote, when it is short enough to read as one passage
    /// (<see cref="MaxListQuoteChars"/>): one quote per item, naming both ends, so a long membership list is not cut
    /// at the validator's QUOTE_OVERUSED (a lead-in quoted alone may support three members only). Null otherwise.
    /// </summary>
    private string? ListQuote(PaperPassage item, string leadIn)
    {
        var text = paper.Text;
        var lineEnd = text.IndexOf('\n', item.Start) is var e and >= 0 ? e : text.Length;
        var leadStart = text.LastIndexOf(leadIn, item.Start, StringComparison.Ordinal);
        if (leadStart < 0 || lineEnd - leadStart > MaxListQuoteChars)
        {
            return null;
        }

        return Whitespace().Replace(text[leadStart..lineEnd], " ").Trim();
    }

    /// <summary>
    /// The item as a quote of at least five words: the item itself, or the text just before it and the item (a
    /// heading or the items above), contiguous in the paper, as the validator's QUOTE_TOO_SHORT asks.
    /// </summary>
    private string ItemQuote(PaperPassage item)
    {
        if (EvidenceWords(item.Text) >= 5)
        {
            return item.Text;
        }

        var text = paper.Text;
        var lineEnd = text.IndexOf('\n', item.Start) is var e and >= 0 ? e : text.Length;
        var start = item.Start;
        while (start > 0 && EvidenceWords(text[start..lineEnd]) < 5)
        {
            var previousEnd = text.LastIndexOf('\n', start - 1);
            start = text.LastIndexOf('\n', Math.Max(0, previousEnd - 1)) + 1;
            if (previousEnd <= 0)
            {
                start = 0;
            }
        }

        var quote = Whitespace().Replace(text[start..lineEnd], " ").Trim();
        foreach (var marker in new[] { "- ", "• ", "* ", "– " })
        {
            if (quote.StartsWith(marker, StringComparison.Ordinal))
            {
                quote = quote[marker.Length..];
            }
        }

        return quote;
    }

    /// <summary>The phrase that names an end, when it is not one of the end's names (a title: a mention).</summary>
    private static IReadOnlyList<string> Titles(Mention mention) =>
        mention.Entity.Names.Any(n => Graph.Seed.Validation.EvidenceText.Fold(n) == Graph.Seed.Validation.EvidenceText.Fold(mention.Text)) ? [] : [mention.Text];

    private static string Marked(string text, IReadOnlyList<Mention> found)
    {
        var marked = new StringBuilder(text.Length);
        var at = 0;
        for (var i = 0; i < found.Count; i++)
        {
            marked.Append(text, at, found[i].Start - at).Append('⟦').Append(i).Append('⟧');
            at = found[i].End;
        }

        return marked.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// A mention cut short: a known name followed by more capitalised words of the same name ("Northfield" in "Northfield
    /// Provider" when the paper wraps "Northfield Provider Alliance" over two lines) names a different, longer body; a
    /// possessive after it ("X Authority's Y Group") does not make it one, nor an acronym after a person's name (their
    /// body: "led by Ann Oakley LA").
    /// </summary>
    private static bool Cut(string text, Mention mention) =>
        !text.AsSpan(mention.End).StartsWith("'s", StringComparison.Ordinal) && !text.AsSpan(mention.End).StartsWith("’s", StringComparison.Ordinal)
        && NameSpans.Find(text).Any(s => s.Start <= mention.Start && s.End > mention.End
            && s.Words.FirstOrDefault(w => w.Start >= mention.End) is { Word: var next } && NameSpans.IsCapitalised(next)
            && !(mention.Entity.Kind == EntityKind.Person && next.Length <= 5 && next.All(char.IsUpper)));

    /// <summary>
    /// A new entity whose name holds one of the end's names (a post or part of that body), or is held in one (the
    /// body's own short name): not another body.
    /// </summary>
    private static bool PostOf(EntityCandidate member, EntityCandidate end) =>
        !member.IsExisting && end.Names.Any(n => Graph.Seed.Validation.EvidenceText.Occurs(n, Graph.Seed.Validation.EvidenceText.Fold(member.Name))
            || Graph.Seed.Validation.EvidenceText.Occurs(member.Name, Graph.Seed.Validation.EvidenceText.Fold(n)));

    private static bool InBrackets(string text, int at) => text.LastIndexOf('(', at) > text.LastIndexOf(')', at);

    private static int EvidenceWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Clean(string text) => text.Trim().TrimEnd('.', ';', ',', ':').Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?:this|the)\s+(?:work|workstream)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisWork();

    [GeneratedRegex(@"\b(?:partners|parties|signatories)\s+to\s+(?<this>this|it)\s+(?:are|will\s+be|include)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartiesToThis();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// <summary>A post after a body's name ("the GM ICS lead", "PCN rep"): a person holding it, not the body.</summary>
    [GeneratedRegex(@"^\s+(?:lead|leads|rep|reps|representative|representatives|chair|officer|director)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostAfter();
}
