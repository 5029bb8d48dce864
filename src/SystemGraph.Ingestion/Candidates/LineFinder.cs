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

    /// <summary>The longest run from a list's lead-in to an item quoted as one passage (about a dozen short items).</summary>
    private const int MaxListQuoteChars = 600;

    private static readonly (Regex LeadIn, RelationshipType Type)[] LeadIns =
    [
        (new Regex(@"\bmembers(?:hip)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:comprises?|comprising|consists?\s+of|consisting\s+of|made\s+up\s+of)\s+(?:of\s+)?the\s+following\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:comprises?|comprising|consists?\s+of|consisting\s+of|(?:is\s+|are\s+)?made\s+up\s+of)\b[^:]{0,60}:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:key\s+|main\s+|constituent\s+)?(?:components|parts|elements|constituent\s+parts)\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.PartOf),
        // "The X PCN includes:", "The practices in the X Network are:": a body's own list of members.
        (new Regex(@"\b(?:includes?|comprises?)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:practices|members|partners|partner\s+organisations|member\s+organisations|member\s+practices)\b[^:]{0,60}\b(?:are|include)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:includes?|including)\s+(?:also\s+)?the\s+following\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:partners|partner\s+organisations|member\s+organisations)\s+(?:in|of|within)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:part(?:y|ies)|partners|signator(?:y|ies))\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.PartyTo),
        (new Regex(@"\baccountable\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.AccountableTo),
        (new Regex(@"\b(?:reports?|reporting)\s+(?:\w+\s+)?(?:in)?to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.ReportsTo),
        (new Regex(@"\bsub-?(?:committees?|groups?)\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.PartOf),
    ];

    /// <summary>Sentences opening with "It" (<see cref="ItMeans"/>), by their text: a list they lead names the body they mean.</summary>
    private readonly Dictionary<string, (Mention It, int QuoteStart)> itLeadIns = new(StringComparer.Ordinal);

    /// <summary>Sentences that lead a membership ("The membership of the X Board will consist of:"), in the paper's order.</summary>
    private readonly List<(PaperPassage Passage, IReadOnlyList<Mention> Found)> membershipLeadIns = [];

    /// <summary>How far before a list's own short lead-in ("Voting members:") the membership sentence it belongs to may stand.</summary>
    private const int OuterLeadInReach = 400;

    /// <summary>
    /// The membership sentence a short lead-in of its own ("Voting members:", "Other Board members:") belongs to: the
    /// nearest one before it in the same section, when the short lead-in names no body and says members itself.
    /// </summary>
    private (PaperPassage Passage, IReadOnlyList<Mention> Found)? Outer(PaperPassage item, string leadIn, RelationshipType? type)
    {
        // "Voting members:" says members itself; "Elected", "Appointed" (a sub-heading of one to three words) are classes of
        // the membership above, unless they say the people are not members ("In attendance", "Observers").
        var subHeading = EvidenceWords(leadIn) <= 3 && !NotMembers().IsMatch(leadIn);
        if (!(type == RelationshipType.MemberOf && EvidenceWords(leadIn) <= 4 && leadIn.EndsWith(':')) && !subHeading)
        {
            return null;
        }

        var outer = membershipLeadIns.LastOrDefault(l => l.Passage.Start < item.Start && item.Start - l.Passage.Start <= OuterLeadInReach
            && (l.Passage.Section == item.Section || (item.Section is { } label && EvidenceWords(label) <= 3)));
        if (outer.Passage is not null)
        {
            return outer;
        }

        // The membership sentence standing as a heading of its own ("The membership of the X Board will consist of:").
        if (paper.Sections.LastOrDefault(s => s.Label == item.Section && s.Line <= item.Line) is not { } section || !LeadIns[0].LeadIn.IsMatch(section.Label))
        {
            return null;
        }

        var start = paper.Text.Split('\n').Take(section.Line - 1).Sum(l => l.Length + 1);
        var heading = new PaperPassage(section.Label, start, section.Line, section.Label, PassageKind.Sentence);
        return item.Start - start <= OuterLeadInReach && paper.Text.AsSpan(start).StartsWith(section.Label, StringComparison.Ordinal)
            && mentions.Find(heading) is { Count: > 0 } found ? (heading, found) : null;
    }

    [GeneratedRegex(@"\b(?:attend|attendees|attendance|observers?|apologies|invited|guests?|substitutes?|deputies|officers|support)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotMembers();

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

            if (passage.Kind == PassageKind.Sentence && passage.Text.EndsWith(':') && found.Count > 0 && LeadIns[0].LeadIn.IsMatch(passage.Text))
            {
                membershipLeadIns.Add((passage, found));
            }

            if (ItMeans(passage, previous) is { } it)
            {
                itLeadIns.TryAdd(passage.Text, it);
                foreach (var line in FromItSentence(passage, found, it))
                {
                    yield return line;
                }
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

        foreach (var line in FromTables())
        {
            yield return line;
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
            var matches = pattern.Regex.Matches(marked).AsEnumerable();
            if (pattern.SubjectRegex is { } bySubject && bySubject.Match(marked) is { Success: true } subjectMatch)
            {
                matches = matches.Append(subjectMatch);
            }

            foreach (var match in matches)
            {
                var leftAt = int.Parse(match.Groups["l"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var left = !pattern.LeftIsFrom && leftAt > 0 && AgentOfEarlierPassive(passage.Text, found[leftAt - 1], found[leftAt]) ? found[leftAt - 1] : found[leftAt];
                var rights = LinePatterns.Markers(match.Groups["r"].Value).Select(i => found[i]).ToList();
                foreach (var right in rights)
                {
                    var (from, to) = pattern.LeftIsFrom ? (left, right) : (right, left);
                    // "chaired by X's Chief Executive, Name": an end with a possessive after it is the owner of the post, not the end.
                    if (from.Entity.Id == to.Entity.Id || Cut(passage.Text, left) || Cut(passage.Text, right) || OwnsNext(passage.Text, right)
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

    private IEnumerable<LineCandidate> FromList(PaperPassage item, string leadIn, IReadOnlyList<Mention> inItem)
    {
        var rule = LeadIns.FirstOrDefault(r => r.LeadIn.IsMatch(leadIn));
        var it = itLeadIns.TryGetValue(leadIn, out var means) ? means : ((Mention It, int QuoteStart)?)null;
        IReadOnlyList<Mention> inLeadIn = it is { } m ? [m.It, .. mentions.Find(leadIn, item.Section).Where(f => f.Start >= m.It.End)] : mentions.Find(leadIn, item.Section);
        if (inLeadIn.Count == 0 && Outer(item, leadIn, rule.LeadIn is null ? null : rule.Type) is { } outer)
        {
            // "The membership of the X Board will consist of:" then "Voting members:" and its items: the outer lead-in's body.
            (inLeadIn, it, rule) = (outer.Found, (outer.Found[0], outer.Passage.Start), LeadIns[0]);
        }
        else if (EvidenceWords(leadIn) < 5)
        {
            yield break;
        }

        if (rule.LeadIn is null || inLeadIn.Count == 0)
        {
            yield break;
        }

        var wording = rule.LeadIn.Match(leadIn);
        var end = inLeadIn.FirstOrDefault(m => m.Start >= wording.Index + wording.Length) ?? inLeadIn[^1];
        var byPost = false;
        if (rule.Type == RelationshipType.MemberOf && PostItem(item, inItem) is { } post)
        {
            (inItem, byPost) = ([post], true);
        }

        if (inItem.Count == 0)
        {
            yield break;
        }

        var itemQuote = ItemQuote(item);
        var (status, note) = StatusWords.Read(leadIn + " " + item.Text, item.Section);
        var (validFrom, validTo) = LineDates.Read(leadIn + " " + item.Text);
        // The item's member is the first entity it names outside brackets ("Chief Officer of X (as determined by Y)").
        // An area is no member of a body, and a new name that holds the list's own body ("Lead of the X Board" in X's list) is its post.
        foreach (var member in inItem.Where(m => m.Entity.Id != end.Entity.Id && (byPost || !InBrackets(item.Text, m.Start))).Take(1)
            .Where(m => rule.Type != RelationshipType.MemberOf || (m.Entity.Kind != EntityKind.Area && !PostOf(m.Entity, end.Entity))))
        {
            var role = Clean(item.Text) is var text && !string.Equals(text, member.Text, StringComparison.OrdinalIgnoreCase) && text.Length <= 120 ? text : null;
            var confidence = ListConfidence * Math.Min(1, ((member.Entity.Confidence + end.Entity.Confidence) / 2) + 0.15);
            IReadOnlyList<CandidateSource> sources = ListQuote(item, leadIn, it?.QuoteStart) is { } whole
                ? [new CandidateSource(whole, item.Section)]
                : [new CandidateSource(leadIn, item.Section), new CandidateSource(itemQuote, item.Section)];
            yield return new LineCandidate(
                rule.Type, member.Entity, end.Entity, status, note, validFrom, validTo, rule.Type == RelationshipType.MemberOf ? role : null,
                RelationshipBasis.Stated, null, sources, Titles(member), Titles(end), confidence);

            // "(i) Cabinet Member for Health (Chair)": the member the list marks as its chair; "The chair": the post itself.
            if (rule.Type == RelationshipType.MemberOf && (ChairMark().IsMatch(item.Text.AsSpan(member.End)) || ChairPost().IsMatch(member.Text)))
            {
                yield return new LineCandidate(
                    RelationshipType.Chairs, member.Entity, end.Entity, status, note, validFrom, validTo, null,
                    RelationshipBasis.Stated, null, sources, Titles(member), Titles(end), confidence);
            }
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
    /// The list from its lead-in down to the item, as one quote, when it is short enough to read as one passage
    /// (<see cref="MaxListQuoteChars"/>): one quote per item, naming both ends, so a long membership list is not cut
    /// at the validator's QUOTE_OVERUSED (a lead-in quoted alone may support three members only). Null otherwise.
    /// </summary>
    private string? ListQuote(PaperPassage item, string leadIn, int? from = null)
    {
        var text = paper.Text;
        var lineEnd = RawEnd(item); // the item's end: its line's, or the next inline bullet's start
        var leadStart = from ?? text.LastIndexOf(leadIn, item.Start, StringComparison.Ordinal);
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
            && !(mention.Entity.Kind == EntityKind.Person && next.Length <= 5 && next.All(char.IsUpper))
            && !s.Words.Where(w => w.Start >= mention.End).All(w => MentionFinder.IsPostWord(w.Word))); // "X Partnership Senior Responsible Officer": a post of X

    /// <summary>
    /// A new entity whose name holds one of the end's names (a post or part of that body), or is held in one (the
    /// body's own short name): not another body.
    /// </summary>
    private static bool PostOf(EntityCandidate member, EntityCandidate end) =>
        !member.IsExisting && end.Names.Any(n => Graph.Seed.Validation.EvidenceText.Occurs(n, Graph.Seed.Validation.EvidenceText.Fold(member.Name))
            || Graph.Seed.Validation.EvidenceText.Occurs(member.Name, Graph.Seed.Validation.EvidenceText.Fold(n)));

    /// <summary>
    /// "the Board, which is hosted by the county council and chaired by X": the mention before "and chaired by" is the
    /// agent of an earlier passive ("hosted by"), and both participles speak of the body before that one.
    /// </summary>
    private static bool AgentOfEarlierPassive(string text, Mention body, Mention agent) =>
        EarlierPassive().IsMatch(text.AsSpan(body.End, agent.Start - body.End)) && AndNext().IsMatch(text.AsSpan(agent.End));

    [GeneratedRegex(@"^\s*,?\s*(?:which|that)?\s*(?:is|are|was|were|will\s+be|has\s+been)?\s*(?:jointly\s+)?\w+ed\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierPassive();

    [GeneratedRegex(@"^\s*,?\s*and\s+(?:is\s+|will\s+be\s+)?\w+ed\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndNext();

    private static bool OwnsNext(string text, Mention mention) =>
        mention.End + 2 <= text.Length && text[mention.End] is '\'' or '’' && text[mention.End + 1] == 's' && (mention.End + 2 == text.Length || !char.IsLetter(text[mention.End + 2]));

    private static bool InBrackets(string text, int at) => text.LastIndexOf('(', at) > text.LastIndexOf(')', at);

    private static int EvidenceWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Clean(string text) => text.Trim().TrimEnd('.', ';', ',', ':').Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>A post that is the chair itself: "The chair", "Independent Chair", "Chairman".</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:independent\s+)?(?:chair|chairman|chairperson|chair\s+person)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChairPost();

    /// <summary>A member's mark as the chair right after its name in a membership list: "(Chair)", "- Chair".</summary>
    [GeneratedRegex(@"^\s*(?:\((?:the\s+)?(?:Chair|Chairman|Chairperson|Chair\s+person)\)|[-–]\s*(?:Chair|Chairman|Chairperson)\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex ChairMark();

    /// <summary>A post after a body's name ("the GM ICS lead", "PCN rep"): a person holding it, not the body.</summary>
    [GeneratedRegex(@"^\s+(?:lead|leads|rep|reps|representative|representatives|chair|officer|director)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostAfter();
}
