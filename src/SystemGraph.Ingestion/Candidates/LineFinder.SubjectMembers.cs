using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// The members of the body a paper is about (<see cref="MentionFinder.Subject"/>), listed under a lead-in that does
/// not name it: "MEMBERS" under a committee's agenda heading, "3. The core membership consists of:" in a board's terms of
/// reference, "To note the following membership:-" in its minutes, "WCA providers" on the alliance's own page. One
/// member per line, as such pages print them (a table flattened to lines, a list without marks). The quote runs from
/// where the head names the body down to the member, so it names both ends; the lead-in says membership.
/// </summary>
internal sealed partial class LineFinder
{
    /// <summary>
    /// The longest quote from the head's naming of the body to a member. Longer than a list's (<see cref="MaxListQuoteChars"/>):
    /// the head stands above the whole paper; beyond this the member is too far from the naming to quote as one passage.
    /// </summary>
    private const int MaxSubjectQuoteChars = 2400;

    /// <summary>How many lines in a row may name no member (column headings, party names, posts) before the block is taken to have ended.</summary>
    private const int MaxLinesWithoutMember = 8;

    /// <summary>A line of this many words or more is prose: the block of members has ended.</summary>
    private const int MemberLineMaxWords = 20;

    /// <summary>Confidence of a member of the paper's subject, read from its place under a membership lead-in.</summary>
    private const double SubjectMemberConfidence = 0.6;

    /// <summary>Confidence of a new person read from a members' block by the line alone: initials and a surname, or a name over a post.</summary>
    private const double InitialledPersonConfidence = 0.6;

    private IEnumerable<LineCandidate> FromSubjectMembers()
    {
        if (mentions.Subject is not { } subject)
        {
            yield break;
        }

        var (lines, starts) = (PaperLines.Of(paper).Lines, PaperLines.Of(paper).Starts);
        var taken = new HashSet<int>(); // lines read as members already: a block inside a block is read once
        for (var i = 0; i < lines.Count; i++)
        {
            var leadIn = lines[i].Trim();
            if (taken.Contains(i) || starts[i] < subject.End || !SubjectLeadIn(leadIn, subject))
            {
                continue;
            }

            var section = paper.Sections.LastOrDefault(s => s.Line <= i + 1)?.Label;
            var withoutMember = 0;
            var previousHadPerson = false;
            for (var j = i + 1; j < lines.Count && withoutMember < MaxLinesWithoutMember; j++)
            {
                var text = lines[j].Trim();
                if (!text.Any(char.IsLetter))
                {
                    continue; // blank, or a list's marks printed apart from their items ("•")
                }

                var lineEnd = starts[j] + lines[j].TrimEnd().Length;
                if (lineEnd - subject.Start > MaxSubjectQuoteChars || EvidenceWords(text) >= MemberLineMaxWords || char.IsLower(text[0]) || (EvidenceWords(text) >= 8 && text.EndsWith('.'))
                    || (NotMembers().IsMatch(text) && EvidenceWords(text) <= 4) || OtherHeading().IsMatch(text) || (text.EndsWith(':') && !SubjectLeadIn(text, subject)))
                {
                    break; // too far to quote, prose (or a sentence wrapped over lines), "In attendance", "Purpose", another lead-in: the block has ended
                }

                taken.Add(j);
                var item = MentionFinder.LineMark().Match(text) is { Success: true } mark ? text[mark.Length..] : text; // "- A", "• A"
                var at = starts[j] + lines[j].IndexOf(text, StringComparison.Ordinal) + (text.Length - item.Length);
                var next = lines.Skip(j + 1).FirstOrDefault(l => l.Any(char.IsLetter));
                var members = NotYetMember().IsMatch(item) ? [] : MembersOfLine(item, section, subject, previousHadPerson, next);
                previousHadPerson = members.Any(m => m.Entity.Kind == EntityKind.Person);
                withoutMember = members.Count == 0 ? withoutMember + 1 : 0;
                if (members.Count == 0)
                {
                    continue;
                }

                // The quote runs from the head's naming to the line's end (with a chair's mark); the status is read from the
                // lead-in's and the item's words only, as the quote runs over the whole head.
                IReadOnlyList<CandidateSource> sources = [new CandidateSource(Whitespace().Replace(paper.Text[subject.Start..lineEnd], " ").Trim(), section)];
                var (status, note) = StatusWords.Read(leadIn + " " + text, section);
                foreach (var member in members)
                {
                    // "A (Chair)", "A (London Borough of X) (Chair)", "Chair: A": the chair.
                    var chairs = member.Entity.Kind == EntityKind.Person && (ChairMark().IsMatch(item[member.End..]) || ChairAtEnd().IsMatch(item) || ChairLabel().IsMatch(item));
                    var confidence = SubjectMemberConfidence * Math.Min(1, ((member.Entity.Confidence + subject.Entity.Confidence) / 2) + 0.15);
                    yield return new LineCandidate(
                        RelationshipType.MemberOf, member.Entity, subject.Entity, status, note, null, null, null,
                        RelationshipBasis.Stated, null, sources, Titles(member), Titles(subject), confidence);
                    if (chairs)
                    {
                        yield return new LineCandidate(
                            RelationshipType.Chairs, member.Entity, subject.Entity, status, note, null, null, null,
                            RelationshipBasis.Stated, null, sources, Titles(member), Titles(subject), confidence);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A lead-in of the subject's members that names no other body: a heading that is only the word ("MEMBERS", "Board
    /// membership"), a sentence ending with a colon that says membership ("The core membership consists of:"), or the
    /// subject's name and the word for its members ("WCA providers").
    /// </summary>
    private bool SubjectLeadIn(string text, Mention subject)
    {
        // The wordings first: this is asked of every line of the paper, and finding a line's mentions is the cost.
        var heading = SubjectMembershipHeading().IsMatch(text);
        var sentence = (text.EndsWith(':') || text.EndsWith(":-", StringComparison.Ordinal)) && SubjectMembershipWording().IsMatch(text);
        if ((!heading && !sentence && !MembersWordAtEnd().IsMatch(text)) || EvidenceWords(text) > 30 || NotMembers().IsMatch(text) || CountedSeats().IsMatch(text))
        {
            return false;
        }

        var bodies = mentions.Find(text, null).Where(m => m.Entity.Kind is EntityKind.Board or EntityKind.Organisation or EntityKind.Programme or EntityKind.Area).ToList();
        if (bodies.Any(b => b.Entity.Id != subject.Entity.Id))
        {
            return false; // the lead-in names another body: its list is that body's (LineFinder.Lists)
        }

        return heading || sentence || (bodies.Count == 1 && bodies[0].Start == 0 && MembersWord().IsMatch(text[bodies[0].End..]));
    }

    /// <summary>
    /// The members a line names: people the line opens with ("Councillor A (Chair)", "Chair: B"), or, on a line that names
    /// no person and does not describe the person above it, the bodies it opens with ("Wexcombe Council", "X ICB (x1
    /// representative)"). A body later in the line is a person's post's ("Leader of X Council"), not a member.
    /// </summary>
    private List<Mention> MembersOfLine(string item, string? section, Mention subject, bool previousHadPerson, string? nextLine)
    {
        // A line that is a known name as a whole ("A. Oakley"), which the reading of name-like runs may split.
        // After a label of its own ("Chair:  A. Oakley", "Vice Chair: B. Ashdown").
        var (labelEnd, name) = MentionFinder.LineName(item);
        var found = (mentions.Whole(name) is { } whole ? [whole with { Start = labelEnd, End = labelEnd + name.Length }] : mentions.Find(item, section))
            .Where(m => m.Entity.Id != subject.Entity.Id && !(m.Entity is { IsExisting: false } && (PoliticalGroup().IsMatch(m.Entity.Name) || m.Entity.Name.Contains('/', StringComparison.Ordinal)))).ToList();
        if (found.Count == 0 && InitialAndSurname().IsMatch(name))
        {
            // "A. Oakley" alone on a line of a members' table: a person, as a table of members names them.
            found = [mentions.NewByPlace(EntityKind.Person, InitialledPersonConfidence, name, labelEnd, item, section)];
        }
        else if (found.Count == 0 && PersonNames.IsNameOverPost(name, nextLine))
        {
            // "Ann Lee |" over "Consultant in Public Health, X Council |": a person printed over their post.
            found = [mentions.NewByPlace(EntityKind.Person, InitialledPersonConfidence, name, labelEnd, item, section)];
        }

        var opening = ChairLabel().Match(item) is { Success: true } chairLabel ? chairLabel.Length : labelEnd;
        var people = found.Where(m => m.Entity.Kind == EntityKind.Person && m.Start <= opening + 12).ToList();
        if (people.Count > 0)
        {
            return people.Take(1).ToList();
        }

        // "X ICB (x1 representative)", "A/B": the bodies the line opens with; "1 x Chief Executive of X": the body of the
        // post the line is (the body is the member), but not under a person ("Leader of X": what the person above is).
        var bodies = found.Where(m => m.Entity.Kind is EntityKind.Organisation or EntityKind.Board).ToList();
        if (bodies.Count == 0 || (bodies[0].Start > opening && (previousHadPerson || !(found[0] == bodies[0] && PostOf().IsMatch(item[labelEnd..bodies[0].Start])))))
        {
            return [];
        }

        return bodies.TakeWhile(m => m.Start == bodies[0].Start || item[bodies[0].End..m.Start].Trim() is "/" or "," or "and" or "&").ToList();
    }

    /// <summary>
    /// A council's political group, a column heading of a members' table ("Independent Group", "Labour Group"): not a
    /// member body. (Nor is a new name read across a slash, "X Town Council/Y County Council": two bodies, read as one.)
    /// </summary>
    [GeneratedRegex(@"^(?:Conservative|Labour|Liberal|Independent|Green|Reform|Ind)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PoliticalGroup();

    /// <summary>A heading that is only the word for a membership: "MEMBERS", "Membership", "Board members:", "3. Membership".</summary>
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the\s+)?(?:board|committee|group|partnership|core|current|full|voting)\s+)?(?:membership|members)\s*(?::-?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SubjectMembershipHeading();

    /// <summary>A sentence that leads a membership: "The core membership consists of:", "To note the following membership ...:-".</summary>
    [GeneratedRegex(@"\b(?:membership|comprises?|consists?\s+of|made\s+up\s+of|following\s+(?:[\w-]+\s+){0,3}members|members\s+(?:are|will\s+be|shall\s+be|include|includes)\b|members,?\s+namely\b|members\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectMembershipWording();

    /// <summary>The words for a body's members, one list for both readings below.</summary>
    private const string MembersWords = "providers|partners|members|membership|practices|organisations";

    /// <summary>The word for a body's members after its name: "WCA providers", "X partners:", "X member practices".</summary>
    [GeneratedRegex(@"^\s*(?:member\s+|partner\s+|constituent\s+)?(?:" + MembersWords + @")\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MembersWord();

    /// <summary>A line that ends with the word for a body's members (<see cref="MembersWord"/>'s words), whatever stands before it.</summary>
    [GeneratedRegex(@"\b(?:" + MembersWords + @")\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MembersWordAtEnd();

    /// <summary>A heading of another part of terms of reference or an agenda: the members' block has ended.</summary>
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+)?(?:purpose|role|remit|terms\s+of\s+reference|quorum|quoracy|meetings?|frequency|functions|statutory\s+functions|duties|responsibilities|accountability|reporting|voting|decision|agenda|minutes|declarations?|review|conduct|secretariat|administration|items?|in\s+attendance|apologies)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherHeading();

    /// <summary>A line that ends with its member's mark as the chair: "Councillor A (London Borough of X) (Chair)".</summary>
    [GeneratedRegex(@"\((?:the\s+)?(?:Chair|Chairman|Chairperson|Chairwoman)\)\s*\|?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChairAtEnd();

    /// <summary>A person named by initials and surname alone: "A. Oakley", "C. Elm Vale", "A.B. Smith".</summary>
    [GeneratedRegex(@"^(?:[A-Z]\.\s*){1,2}[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialAndSurname();

    /// <summary>A post's title and "of" before its body, opening a line: "Chief Executive of ", "Leader of the ", "Director of Public Health, ".</summary>
    [GeneratedRegex(@"^(?:[A-Z][\w’'-]*\s+){1,5}(?:of|for|at|from)\s+(?:the\s+)?$|^(?:[A-Z][\w’'-]*\s+){1,5}[-–,]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PostOf();

    /// <summary>A seat not (yet) held: "(to be invited)", "vacant", "TBC".</summary>
    [GeneratedRegex(@"\b(?:to\s+be\s+(?:invited|confirmed|appointed)|vacant|vacancy|TBC)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYetMember();

    /// <summary>"Chair: A", "Chairman - A": a line that opens by saying its person is the chair (not "Vice Chair:").</summary>
    [GeneratedRegex(@"^(?:Chair|Chairman|Chairperson|Chairwoman)\s*[:–-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ChairLabel();
}
