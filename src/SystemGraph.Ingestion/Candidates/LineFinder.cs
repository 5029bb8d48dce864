using System.Text;
using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Finds candidate lines in a paper: a sentence whose wording says a line between two named ends
/// (<see cref="LinePatterns"/>, here), a list item under a lead-in that says the line (LineFinder.Lists), a sentence
/// that names an end by reference ("It", "this work": LineFinder.Context), a post a list names alone
/// (LineFinder.Posts), a membership table (LineFinder.Tables), and text outside passages (LineFinder.Passages).
/// </summary>
internal sealed partial class LineFinder(PaperText paper, MentionFinder mentions)
{
    /// <summary>Confidence of a line read from one sentence, and from a lead-in and an item.</summary>
    private const double SentenceConfidence = 0.85, ListConfidence = 0.75;

    /// <summary>Sentences opening with "It" (<see cref="ItMeans"/>), by their text: a list they lead names the body they mean.</summary>
    private readonly Dictionary<string, (Mention It, int QuoteStart)> itLeadIns = new(StringComparer.Ordinal);

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

            if (passage.Kind == PassageKind.Sentence && found.Count > 0
                && ((passage.Text.EndsWith(':') && LeadIns[0].LeadIn.IsMatch(passage.Text) && !CountedSeats().IsMatch(passage.Text)) || WhichMakeUp().IsMatch(passage.Text)))
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

            foreach (var line in FromMembersToo(passage, found, previous.Where(p => p.Passage.Section == passage.Section).ToList()))
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
                if (!itLeadIns.ContainsKey(leadIn) && LeadInMeans(passage, leadIn, previous) is { } means)
                {
                    itLeadIns.Add(leadIn, means);
                }

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

        foreach (var line in FromMemberBlocks())
        {
            yield return line;
        }

        foreach (var line in FromSubjectMembers())
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

        var marked = ListRuns().Replace(Marked(passage.Text, found), run => ListRunGap().Replace(run.Value, "⟧, $1⟦"));
        var (status, note) = StatusWords.Read(passage.Text, passage.Section);
        var (validFrom, validTo) = LineDates.Read(passage.Text);
        var spans = new Lazy<IReadOnlyList<NameSpan>>(() => NameSpans.Find(passage.Text)); // once per passage, only if a line is matched
        var asides = new Lazy<IReadOnlyList<Match>>(() => DashAside().Matches(marked)); // likewise
        foreach (var pattern in LinePatterns.All)
        {
            var matches = LinePatterns.Within(pattern.Regex, marked);
            if (pattern.SubjectRegex is { } bySubject && LinePatterns.Within(bySubject, marked, first: true) is [var subjectMatch])
            {
                matches = [.. matches, subjectMatch];
            }

            foreach (var match in matches)
            {
                var (inAside, subject) = SubjectBeforeAside(asides.Value, match);
                if (inAside && subject is null)
                {
                    continue; // the wording's subject stands before an aside and is no name the reading found
                }

                var leftAt = subject ?? int.Parse(match.Groups["l"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var single = !pattern.LeftIsFrom && leftAt > 0 && AgentOfEarlierPassive(passage.Text, found[leftAt - 1], found[leftAt]) ? found[leftAt - 1] : found[leftAt];
                var rights = LinePatterns.Markers(match.Groups["r"].Value).Select(i => found[i]).ToList();
                var lefts = single == found[leftAt] ? Coordinated(passage.Text, found, leftAt) : [single];
                foreach (var (left, right) in lefts.SelectMany(l => rights.Select(r => (l, r))))
                {
                    var (from, to) = pattern.LeftIsFrom ? (left, right) : (right, left);
                    // "chaired by X's Chief Executive, Name": an end with a possessive after it is the owner of the post, not the end.
                    if (from.Entity.Id == to.Entity.Id || Cut(passage.Text, spans.Value, left, found) || Cut(passage.Text, spans.Value, right, found) || OwnsNext(passage.Text, right) || CountryAfterPlace(passage.Text, right)
                        || (left.Entity.Kind == EntityKind.Area && PlaceOfClass().IsMatch(passage.Text.AsSpan(0, left.Start)))
                        || PostBeforePerson(passage.Text, spans.Value, from, found)
                        || (pattern.Type is RelationshipType.PartyTo or RelationshipType.MemberOf && PostAfter().IsMatch(passage.Text.AsSpan(from.End)))
                        || (pattern.FromKinds is { } fromKinds && !fromKinds.Contains(from.Entity.Kind))
                        || (pattern.ToKinds is { } toKinds && !toKinds.Contains(to.Entity.Kind))
                        || !pattern.Fits(from.Entity, to.Entity))
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
    /// The ends a sentence opens with, joined by "and" or commas, when the wording's left end is the last of them ("A, B
    /// and C make up the X Network", "That A and B be elected as Co-Chairs of X"): each is an end of the line. Only a
    /// list that opens the sentence is read so; one later in it may be the object of another verb ("Following talks
    /// with A and B, C is ..."). Otherwise the end alone.
    /// </summary>
    private static IReadOnlyList<Mention> Coordinated(string text, IReadOnlyList<Mention> found, int at)
    {
        var first = at;
        while (first > 0 && found[first - 1].End <= found[first].Start && CoordinationGap().IsMatch(text.AsSpan(found[first - 1].End, found[first].Start - found[first - 1].End)))
        {
            first--;
        }

        return first < at && EvidenceWords(text[..found[first].Start]) <= 2 && !text[..found[first].Start].Contains(',', StringComparison.Ordinal)
            ? [.. found.Skip(first).Take(at - first + 1)]
            : [found[at]];
    }

    [GeneratedRegex(@"^\s*(?:,\s*and|,|and|&)\s*(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinationGap();

    /// <summary>
    /// Three or more names in a row with nothing but spaces (or footnote stars) between them: a list whose separators
    /// the source lost ("consists of the following authorities: London Borough of A London Borough of B ..."), read as
    /// one with commas.
    /// </summary>
    [GeneratedRegex(@"⟦\d+⟧\**(?:\s+(?:The\s+)?⟦\d+⟧\**){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex ListRuns();

    /// <summary>The gap between two names of such a run (spaces, footnote stars, a name's own "The").</summary>
    [GeneratedRegex(@"⟧[\s*]+(The\s+)?⟦", RegexOptions.CultureInvariant)]
    private static partial Regex ListRunGap();

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
    /// <remarks>
    /// Not when the next capitalised word starts another mention: names in a row that lost their separators. Cut also
    /// when a group of the body is named after a dash (<see cref="BodyAfterDash"/>).
    /// </remarks>
    private static bool Cut(string text, IReadOnlyList<NameSpan> spans, Mention mention, IReadOnlyList<Mention> found)
    {
        if (BodyAfterDash().IsMatch(text.AsSpan(mention.End)))
        {
            return true;
        }

        if (found.Any(m => m.Start > mention.End && string.IsNullOrWhiteSpace(text[mention.End..m.Start]))
            || text.AsSpan(mention.End).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(mention.End).StartsWith("’s", StringComparison.Ordinal))
        {
            return false;
        }

        var nextStart = found.Where(m => m.Start >= mention.End).Select(m => m.Start).DefaultIfEmpty(int.MaxValue).Min();
        return spans.Any(s => s.Start <= mention.Start && s.End > mention.End
            && s.Words.FirstOrDefault(w => w.Start >= mention.End) is { Word: var next } && NameSpans.IsCapitalised(next)
            && !(mention.Entity.Kind == EntityKind.Person && next.Length <= 5 && next.All(char.IsUpper))
            && !s.Words.Where(w => w.Start >= mention.End && w.Start < nextStart).All(w => MentionFinder.IsPostWord(w.Word))); // "X Partnership Senior Responsible Officer (Name)": a post of X
    }

    /// <summary>
    /// "the X NHS Foundation Trust – Council of Governors Stakeholder Group": a body's own group named after a dash; the
    /// line is the group's, not the body's.
    /// </summary>
    [GeneratedRegex(@"^\s+[–—-]\s+(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|the|for)\s+)*){0,5}(?:Group|Committee|Sub-Committee|Board|Governors|Panel|Forum)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyAfterDash();

    /// <summary>
    /// "chaired by Kent County Council Leader Roger Gough": a body named before a post and the person who holds it is
    /// the post's body; the person, not the body, is the line's <c>from</c>.
    /// </summary>
    private static bool PostBeforePerson(string text, IReadOnlyList<NameSpan> spans, Mention mention, IReadOnlyList<Mention> found) =>
        mention.Entity.Kind != EntityKind.Person
        && found.FirstOrDefault(m => m.Start >= mention.End) is { Entity.Kind: EntityKind.Person } next
        && spans.FirstOrDefault(s => s.Start <= mention.Start && s.End >= next.End) is { } span
        && span.Words.Where(w => w.Start >= mention.End && w.Start < next.Start).ToList() is { Count: > 0 } between
        && between.All(w => MentionFinder.IsPostWord(w.Word));

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

    /// <summary>
    /// "The group – which operates as X across the Y area – comprises A, B": a wording's left end inside an aside set off
    /// by dashes, when the wording goes on past the aside, is not its subject; the name just before the aside is, or,
    /// when no name the reading found stands there ("The group – ..."), none. Not in an aside: (false, null).
    /// </summary>
    private static (bool InAside, int? Subject) SubjectBeforeAside(IReadOnlyList<Match> asides, Match match)
    {
        var left = match.Groups["l"];
        foreach (var aside in asides)
        {
            var start = aside.Groups["dash"].Index;
            if (start < left.Index && left.Index < aside.Index + aside.Length && match.Index + match.Length > aside.Index + aside.Length)
            {
                return (true, aside.Groups["subject"].Success ? int.Parse(aside.Groups["subject"].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
            }
        }

        return (false, null);
    }

    /// <summary>
    /// "All partner organisations in X are part of Y": a place after a class of bodies and "in" / "across" says where the
    /// class is, and is not the wording's subject (a body there is: "the practices within our network are A and B").
    /// </summary>
    [GeneratedRegex(@"\b(?:organisations|organizations|partners|bodies|members|practices|providers|trusts|councils|services|agencies|people|residents|communities)\s+(?:in|across|within|throughout)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PlaceOfClass();

    /// <summary>
    /// An aside set off by a pair of spaced dashes that opens in lower case ("⟦0⟧ – which operates as ⟦1⟧ – "), with
    /// the name before it when there is one: a clause about what stands before it. An aside that opens with a name ("the
    /// trusts – ⟦1⟧, ⟦2⟧ and ⟦3⟧ – came together") is the list the sentence is about, whose names are the wording's ends.
    /// </summary>
    [GeneratedRegex(@"(?:⟦(?<subject>\d+)⟧)?\s+(?<dash>[–—])\s(?=[a-z])[^–—.;]{1,240}?\s[–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DashAside();

    [GeneratedRegex(@"^\s*,?\s*(?:which|that)?\s*(?:is|are|was|were|will\s+be|has\s+been)?\s*(?:jointly\s+)?\w+ed\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierPassive();

    [GeneratedRegex(@"^\s*,?\s*and\s+(?:is\s+|will\s+be\s+)?\w+ed\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndNext();

    private static bool OwnsNext(string text, Mention mention) =>
        mention.End + 2 <= text.Length && text[mention.End] is '\'' or '’' && text[mention.End + 1] == 's' && (mention.End + 2 == text.Length || !char.IsLetter(text[mention.End + 2]));

    /// <summary>
    /// "services for people in A and B, England": a country after a comma says where the places before it are (as
    /// encyclopaedia pages write), not one more place of the list.
    /// </summary>
    private static bool CountryAfterPlace(string text, Mention mention) =>
        mention.Entity.Name is "England" or "Wales" or "Scotland" or "United Kingdom" or "UK" && text.AsSpan(0, mention.Start).TrimEnd().EndsWith(",", StringComparison.Ordinal);

    private static bool InBrackets(string text, int at) => text.LastIndexOf('(', at) > text.LastIndexOf(')', at);

    private static int EvidenceWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Clean(string text) => text.Trim().TrimEnd('.', ';', ',', ':').Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>
    /// "View the plans for the X STP, ... and which CCGs, Local Authorities and Trusts make up this footprint.": a sentence
    /// that says the classes of body that make up the body it names, whose lists (each under a class's sub-heading) follow.
    /// </summary>
    [GeneratedRegex(@"\bwhich\s+[^.;:]{0,80}?\b(?:make\s+up|are\s+involved\s+in|are\s+members\s+of)\s+(?:this|the)\s+(?:footprint|partnership|system|board|alliance|collaborative|network)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhichMakeUp();

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
