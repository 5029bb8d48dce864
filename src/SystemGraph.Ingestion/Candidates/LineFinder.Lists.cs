using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Lines a list states: an item under a lead-in that says the line and names the other end ("The membership of the X
/// Board will consist of:" + "- Y"), a short lead-in under such a sentence ("Voting members:"), and the quote that runs
/// from the lead-in down to the item.
/// </summary>
internal sealed partial class LineFinder
{
    /// <summary>
    /// The longest run from a list's lead-in to an item quoted as one passage (about two dozen short items, or a dozen
    /// with a line of description each). Beyond it the lead-in and the item are quoted apart, and the lead-in alone may
    /// support three lines only (QUOTE_OVERUSED), so a long list loses its later members: a long quote a reviewer can
    /// check against the paper is the lesser cost.
    /// </summary>
    private const int MaxListQuoteChars = 1200;

    /// <summary>"The area incorporates:": declared before LeadIns, which holds it; read only when the lead-in's end is an area (a body that incorporates names its members otherwise).</summary>
    private static readonly Regex Incorporates = new(@"\bincorporates?\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly (Regex LeadIn, RelationshipType Type)[] LeadIns =
    [
        (new Regex(@"\bmembers(?:hip)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:comprises?|comprising|consists?\s+of|consisting\s+of|made\s+up\s+of)\s+(?:of\s+)?the\s+following\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:comprises?|comprising|consists?\s+of|consisting\s+of|(?:is\s+|are\s+)?made\s+up\s+of)\b[^:]{0,60}:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:key\s+|main\s+|constituent\s+)?(?:components|parts|elements|constituent\s+parts)\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.PartOf),
        // "The X PCN includes:", "The practices in the X Network are:": a body's own list of members.
        (new Regex(@"\b(?:includes?|comprises?)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:practices|members|partners|partner\s+organisations|member\s+organisations|member\s+practices)\b[^:]{0,60}\b(?:are|include|including)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:includes?|including)\s+(?:also\s+)?the\s+following\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:partners|partner\s+organisations|member\s+organisations|organisations\s+involved)\s+(?:in|of|within)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
        (new Regex(@"\b(?:part(?:y|ies)|partners|signator(?:y|ies))\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.PartyTo),
        (new Regex(@"\baccountable\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.AccountableTo),
        (new Regex(@"\b(?:reports?|reporting)\s+(?:\w+\s+)?(?:in)?to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.ReportsTo),
        (new Regex(@"\bsub-?(?:committees?|groups?)\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.PartOf),
        // "The area incorporates:", "North and West Bristol ... incorporates:": the places an area takes in are its parts.
        (Incorporates, RelationshipType.PartOf),
        // "The Partnership unites all of our partners:", "Its member organisations:": the body's own members, listed.
        (new Regex(@"\b(?:our|its|their|the)\s+(?:\w+\s+)?(?:partners|partner\s+organisations|members|member\s+organisations|member\s+practices|constituent\s+practices)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), RelationshipType.MemberOf),
    ];

    /// <summary>Sentences that lead a membership ("The membership of the X Board will consist of:"), in the paper's order.</summary>
    private readonly List<(PaperPassage Passage, IReadOnlyList<Mention> Found)> membershipLeadIns = [];

    /// <summary>How far before a list's own short lead-in ("Voting members:") the membership sentence it belongs to may stand.</summary>
    private const int OuterLeadInReach = MaxListQuoteChars;

    /// <summary>
    /// The membership sentence a short lead-in of its own ("Voting members:", "Other Board members:") belongs to: the
    /// nearest one before it in the same section, when the short lead-in names no body and says members itself.
    /// </summary>
    private (PaperPassage Passage, IReadOnlyList<Mention> Found)? Outer(PaperPassage item, string leadIn, RelationshipType? type)
    {
        // "Voting members:" says members itself; "Elected", "Appointed" (a sub-heading of one to three words) are classes of
        // the membership above, unless they say the people are not members ("In attendance", "Observers").
        var subHeading = (EvidenceWords(leadIn) <= 3 || (EvidenceWords(leadIn) == 4 && leadIn.EndsWith(')'))) && !NotMembers().IsMatch(leadIn); // "Clinical Commissioning Groups (CCGs)"
        if (!(type == RelationshipType.MemberOf && EvidenceWords(leadIn) <= 4 && leadIn.EndsWith(':')) && !subHeading)
        {
            return null;
        }

        var outer = membershipLeadIns.LastOrDefault(l => l.Passage.Start < item.Start && item.Start - l.Passage.Start <= OuterLeadInReach
            && (l.Passage.Section == item.Section || (item.Section is { } label && (EvidenceWords(label) <= 3 || label == leadIn.TrimEnd(':')))));
        if (outer.Passage is not null)
        {
            return outer;
        }

        // The membership sentence standing as a heading of its own ("The membership of the X Board will consist of:").
        if (paper.Sections.LastOrDefault(s => s.Label == item.Section && s.Line <= item.Line) is not { } section || !LeadIns[0].LeadIn.IsMatch(section.Label))
        {
            return null;
        }

        var start = PaperLines.Of(paper).StartOfLine(section.Line);
        var heading = new PaperPassage(section.Label, start, section.Line, section.Label, PassageKind.Sentence);
        return item.Start - start <= OuterLeadInReach && paper.Text.AsSpan(start).StartsWith(section.Label, StringComparison.Ordinal)
            && mentions.Find(heading) is { Count: > 0 } found ? (heading, found) : null;
    }

    /// <summary>"Three members of X nominated by ...:", "Membership includes: two representatives from Y:": a counted class of seats.</summary>
    [GeneratedRegex(@"(?:^|:\s*)(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:elected\s+|nominated\s+)?(?:members?|representatives?|councillors?|seats?)\s+(?:of|from|for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedSeats();

    [GeneratedRegex(@"\b(?:attend|attendees|attendance|observers?|apologies|invited|guests?|substitutes?|deputies|officers|support)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotMembers();

    private IEnumerable<LineCandidate> FromList(PaperPassage item, string leadIn, IReadOnlyList<Mention> inItem)
    {
        if (CountedSeats().IsMatch(leadIn))
        {
            // "Three members of X Council nominated by its Leader:": X nominates the seats; the body they sit on is not
            // named here, so no line is offered (a line to X would be wrong).
            yield break;
        }

        var rule = LeadIns.FirstOrDefault(r => r.LeadIn.IsMatch(leadIn));
        var it = itLeadIns.TryGetValue(leadIn, out var means) ? means : ((Mention It, int QuoteStart)?)null;
        IReadOnlyList<Mention> inLeadIn = it is { } m ? [m.It, .. mentions.Find(leadIn, item.Section).Where(f => f.Start >= m.It.End)] : mentions.Find(leadIn, item.Section);

        if (inLeadIn.Count == 0 && Outer(item, leadIn, rule.LeadIn is null ? null : rule.Type) is { } outer)
        {
            // "The membership of the X Board will consist of:" then "Voting members:" and its items: the outer lead-in's body.
            (inLeadIn, it, rule) = (outer.Found, (outer.Found[0], outer.Passage.Start), LeadIns[0]);
        }
        else if (EvidenceWords(leadIn) < 5 && it is null) // a short lead-in that means the body named just before it is quoted from there
        {
            yield break;
        }

        if (rule.LeadIn is null || inLeadIn.Count == 0)
        {
            yield break;
        }

        var wording = rule.LeadIn.Match(leadIn);
        var end = inLeadIn.FirstOrDefault(m => m.Start >= wording.Index + wording.Length) ?? inLeadIn[^1];
        if (rule.LeadIn == Incorporates && end.Entity.Kind != EntityKind.Area)
        {
            yield break;
        }

        var byPost = false;
        if (rule.Type == RelationshipType.MemberOf && PostItem(item, inItem) is { } post)
        {
            (inItem, byPost) = ([post], true);
        }

        if (inItem.Count == 0 && BareName(item, rule.Type, end) is { } named)
        {
            inItem = [named];
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
        foreach (var member in Joined(item.Text, inItem.Where(m => m.Entity.Id != end.Entity.Id && (byPost || !InBrackets(item.Text, m.Start))).ToList())
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
    /// An item that is a name and nothing else ("Hampshire Constabulary", "University of Portsmouth (on behalf of ...)",
    /// "Lawrence Hill"), under a lead-in that says what its items are: a body (an area, under an area's parts) the
    /// paper names by where it stands, though no word of its name says it is one. At low confidence; not a post, a
    /// class ("Local Authorities"), or a name of only class words.
    /// </summary>
    private Mention? BareName(PaperPassage item, RelationshipType type, Mention end)
    {
        var name = ItemName().Match(item.Text) is { Success: true } m ? m.Groups["name"].Value : null;
        if (name is null || NameSpans.Find(name) is not [{ } span] || span.Start != 0 || span.End != name.Length || span.Words.Count > 6
            || span.Words.Any(w => MentionFinder.IsPostWord(w.Word) || MentionFinder.IsPostWord(w.Word.TrimEnd('s')) || NewEntityRules.IsPersonTitle(w.Word))
            || NewEntityRules.IsOpener(span.Words[0].Word) || CountWords.Contains(span.Words[0].Word) || NewEntityRules.IsGenericName(name)
            || (span.Words.Count == 1 && (name.EndsWith('s') || name.EndsWith("ed", StringComparison.Ordinal)))) // "Elected", "Councillors": a class or a sub-heading
        {
            return null;
        }

        var kind = type == RelationshipType.PartOf && end.Entity.Kind == EntityKind.Area ? EntityKind.Area
            : type is RelationshipType.MemberOf or RelationshipType.PartyTo ? EntityKind.Organisation : (EntityKind?)null;
        return kind is { } k ? mentions.NewByPlace(k, BareNameConfidence, name, 0, item.Text, item.Section) : null;
    }

    /// <summary>Words that count a class ("Four GPs", "Two Councillors"): never a body's first word in a list.</summary>
    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
    {
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Up", "Several", "Other", "Various",
    };

    /// <summary>Confidence of a body read from a list item that is only a name.</summary>
    private const double BareNameConfidence = 0.5;

    /// <summary>A list item's name: the whole item, or what stands before a bracketed note or a dash.</summary>
    [GeneratedRegex(@"^(?<name>[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,7}?)\s*(?:\([^()]*\)\s*)?(?:\s[–—-]\s.*)?[.;,]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemName();

    /// <summary>
    /// The item's first end, and those joined to it by "and" or commas alone ("Oakshire and Elmshire County Councils",
    /// "A Trust and B Trust"): each is a member. An end after other words ("Chief Executive of X and Chair of Y") is not.
    /// </summary>
    private static IEnumerable<Mention> Joined(string text, List<Mention> inItem)
    {
        for (var i = 0; i < inItem.Count; i++)
        {
            if (i > 0 && !(inItem[i - 1].End <= inItem[i].Start && CoordinationGap().IsMatch(text.AsSpan(inItem[i - 1].End, inItem[i].Start - inItem[i - 1].End))))
            {
                yield break;
            }

            yield return inItem[i];
        }
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
}
