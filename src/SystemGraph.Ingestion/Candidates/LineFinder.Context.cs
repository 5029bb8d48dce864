using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Lines whose other end the paper names by its layout, not in the sentence: the workstream a heading names ("Su Long is
/// leading this work"), and the agreement a sentence before names ("Partners to this are ...").
/// </summary>
internal sealed partial class LineFinder
{
    /// <summary>How many sentences back "partners to this" may look for the agreement it means.</summary>
    private const int ThisLookBack = 3;

    /// <summary>Confidence of a new workstream read from a heading whose work a sentence says someone leads.</summary>
    private const double WorkConfidence = 0.5;

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
    /// "The ICS is made up of 23 members. This includes A, B and C. Other members include D and E. They also include F.":
    /// a sentence that opens by referring back to a membership ("This includes", "Other members include") names members
    /// of the body the nearest membership sentence before it (of the last few in the same section) is about. Both
    /// sentences are quoted (and those between), so the line names both ends.
    /// </summary>
    private IEnumerable<LineCandidate> FromMembersToo(PaperPassage passage, IReadOnlyList<Mention> found, List<(PaperPassage Passage, IReadOnlyList<Mention> Found)> earlier)
    {
        if (MembersToo().Match(passage.Text) is not { Success: true } opening
            || earlier.LastOrDefault(p => p.Passage.Kind == PassageKind.Sentence && MembershipWording().IsMatch(p.Passage.Text) && p.Found.Count > 0) is not { Passage: { } before } named
            || Subject(before, named.Found) is not { } body
            || !MembershipWording().IsMatch(before.Text[body.End..]))
        {
            yield break;
        }

        var (status, note) = StatusWords.Read(passage.Text, passage.Section);
        foreach (var member in found.Where(m => m.Start >= opening.Length && m.Entity.Id != body.Entity.Id
            && m.Entity.Kind is EntityKind.Organisation or EntityKind.Board && !InBrackets(passage.Text, m.Start)))
        {
            var quote = Whitespace().Replace(paper.Text[before.Start..Math.Min(paper.Text.Length, passage.Start + member.End)], " ").Trim();
            if (!quote.EndsWith(member.Text, StringComparison.Ordinal))
            {
                continue; // the passage's text is not the paper's at this point (a cell or a joined line): no quote to give
            }

            var confidence = ListConfidence * 0.9 * Math.Min(1, ((member.Entity.Confidence + body.Entity.Confidence) / 2) + 0.15);
            yield return new LineCandidate(
                RelationshipType.MemberOf, member.Entity, body.Entity, status, note, null, null, null, RelationshipBasis.Stated, null,
                [new CandidateSource(quote, passage.Section)], Titles(member), Titles(body), confidence);
        }
    }

    /// <summary>"This includes", "They also include", "Other members include", "Its members are": a sentence about the members just named.</summary>
    [GeneratedRegex(@"^(?:This|These|They|It|Other\s+members|Further\s+members|Its\s+members|Members|The\s+members)\s+(?:also\s+)?(?:includes?|comprises?|are)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MembersToo();

    /// <summary>A sentence that says a body has members: "is made up of 23 members", "comprises", "membership".</summary>
    [GeneratedRegex(@"\b(?:made\s+up\s+of|comprises?|consists?\s+of|membership|members)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MembershipWording();

    /// <summary>
    /// "The committee will function as ... . It is a committee comprising ...": a sentence that opens with "It" and a verb
    /// speaks of the body the sentence just before it is about (<see cref="Subject"/>). The
    /// mention stands at "It" and carries the words that named the body, and the quote runs from the sentence before,
    /// so the line's quote names both ends. Null when the sentence does not open so, or the sentence before is not next
    /// to it or does not open with a body.
    /// </summary>
    private (Mention It, int QuoteStart)? ItMeans(PaperPassage passage, List<(PaperPassage Passage, IReadOnlyList<Mention> Found)> previous)
    {
        if (ItOpening().Match(passage.Text) is not { Success: true } it || previous.Count == 0)
        {
            return null;
        }

        // "The ICS is made up of 23 members. This includes A and B. It also includes ...": a sentence that itself opens
        // with "This" or "It" passes the reference back to the one before it.
        var back = previous.Count - 1;
        while (back > 0 && previous.Count - back < 3 && AnaphoricOpening().IsMatch(previous[back].Passage.Text))
        {
            back--;
        }

        var (before, beforeFound) = previous[back];
        if (beforeFound.Count == 0 || before.Kind != PassageKind.Sentence || before.Start >= passage.Start
            || (back < previous.Count - 1 && !AnaphoricOpening().IsMatch(previous[back + 1].Passage.Text))
            || Subject(before, beforeFound) is not { } subject
            || (it.Value == "Its" && beforeFound.Select(m => m.Entity.Id).Distinct().Count() > 1)) // "Its members": only after a sentence about one body
        {
            return null;
        }

        var between = Whitespace().Replace(paper.Text[before.Start..passage.Start], " ").Trim();
        var allowed = 12 + previous.Skip(back + 1).Sum(p => p.Passage.Text.Length + 1);
        if (!between.StartsWith(before.Text, StringComparison.Ordinal) || between.Length - before.Text.Length > allowed)
        {
            return null;
        }

        return (new Mention(it.Index, it.Index + it.Length, subject.Text, subject.Entity), before.Start);
    }

    /// <summary>
    /// The body (or system, an area) a sentence is about: its first mention when that opens it, else the one it names
    /// ("Here in West Suffolk, our network is called Blackbourne PCN"); null when it names two bodies or none.
    /// </summary>
    private static Mention? Subject(PaperPassage sentence, IReadOnlyList<Mention> found)
    {
        static bool IsBody(Mention m) => m.Entity.Kind is EntityKind.Board or EntityKind.Organisation or EntityKind.Programme or EntityKind.Area;
        if (IsBody(found[0]) && EvidenceWords(sentence.Text[..found[0].Start]) <= 2)
        {
            return found[0];
        }

        // "The second is the Integrated Care Partnership (ICP), a statutory joint committee": a short opening and "is", then the body.
        if (IsBody(found[0]) && IsOpening().IsMatch(sentence.Text.AsSpan(0, found[0].Start)))
        {
            return found[0];
        }

        // "... our network is called Blackbourne PCN": the body a naming verb gives (where "our network" is read as that
        // body too, its mention after the verb).
        var bodies = found.Where(IsBody).DistinctBy(m => m.Entity.Id).ToList();
        return bodies.Count == 1 ? found.LastOrDefault(m => m.Entity.Id == bodies[0].Entity.Id && NamingVerb().IsMatch(sentence.Text.AsSpan(0, m.Start))) : null;
    }

    /// <summary>
    /// "The Inner City and East area has around 145,000 residents ... . The area incorporates: • A • B": a list's lead-in
    /// that names no body but opens with "It", or "The" and a class word, speaks of the body the sentence just before it
    /// is about (<see cref="Subject"/>), when that sentence names the body with the same class word ("area"). Read at the
    /// list's first item, while that sentence is the passage just before; the quote runs from it, so it names both ends.
    /// </summary>
    private (Mention It, int QuoteStart)? LeadInMeans(PaperPassage firstItem, string leadIn, List<(PaperPassage Passage, IReadOnlyList<Mention> Found)> previous)
    {
        if (ClassOpening().Match(leadIn) is not { Success: true } opening
            || previous.LastOrDefault(p => p.Passage.Start < firstItem.Start) is not { Passage: { Kind: PassageKind.Sentence } before, Found: { Count: > 0 } beforeFound }
            || mentions.Find(leadIn, firstItem.Section).Count > 0
            || Subject(before, beforeFound) is not { } subject)
        {
            return null;
        }

        // "The area" means the body named with "area": in its name, or as the word right after it ("the X area").
        var classWord = opening.Groups["class"].Value;
        var named = before.Text[subject.Start..Math.Min(before.Text.Length, subject.End + classWord.Length + 1)];
        if (classWord.Length > 0 && !named.Split(' ').Contains(classWord, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        // Nothing but the lead-in between the sentence and the list.
        var between = Whitespace().Replace(paper.Text[before.Start..firstItem.Start], " ").Trim();
        return between.StartsWith(before.Text, StringComparison.Ordinal) && between.Length - before.Text.Length <= leadIn.Length + 12
            ? (new Mention(opening.Index, opening.Index + opening.Length, subject.Text, subject.Entity), before.Start)
            : null;
    }

    /// <summary>A sentence's lines with "It" read as the body the sentence before opens with (<see cref="ItMeans"/>).</summary>
    private IEnumerable<LineCandidate> FromItSentence(PaperPassage passage, IReadOnlyList<Mention> found, (Mention It, int QuoteStart) it)
    {
        var withIt = found.Where(m => m.Start >= it.It.End).Prepend(it.It).ToList();
        var quote = Whitespace().Replace(paper.Text[it.QuoteStart..RawEnd(passage)], " ").Trim();
        foreach (var line in FromSentence(passage, withIt).Where(l => l.From.Id == it.It.Entity.Id || l.To.Id == it.It.Entity.Id))
        {
            yield return line with { Sources = [new CandidateSource(quote, passage.Section)], Confidence = line.Confidence * 0.9 };
        }
    }

    /// <summary>
    /// Where a passage ends in the paper's text: as its reader recorded it, else (a passage made here from a cell or a
    /// line) found word by word, its text being the paper's with white space folded.
    /// </summary>
    private int RawEnd(PaperPassage passage)
    {
        if (passage.End is { } known)
        {
            return known;
        }

        var end = passage.Start;
        foreach (var word in passage.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = paper.Text.IndexOf(word, end, StringComparison.Ordinal);
            if (at < 0)
            {
                return Math.Min(paper.Text.Length, passage.Start + passage.Text.Length);
            }

            end = at + word.Length;
        }

        return end;
    }

    /// <summary>A heading and the text after it to the end of its first sentence, as one quote (at least five words).</summary>
    private string? HeadingQuote(PaperSection section)
    {
        var start = PaperLines.Of(paper).StartOfLine(section.Line);
        if (start >= paper.Text.Length)
        {
            return null;
        }

        var quote = paper.RunOn(start, start);
        return EvidenceWords(quote) >= 5 && quote.StartsWith(section.Label, StringComparison.Ordinal) ? quote : null;
    }

    [GeneratedRegex(@"\b(?:is|are|was|be)\s+(?:called|known\s+as|named)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamingVerb();

    [GeneratedRegex(@"^(?:[A-Za-z]+\s+){1,3}(?:is|was)\s+(?:the\s+|a\s+|an\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsOpening();

    [GeneratedRegex(@"^(?:This|These|It|Its|They)\s", RegexOptions.CultureInvariant)]
    private static partial Regex AnaphoricOpening();

    /// <summary>"It is", "It will", "It reports": a sentence opening with the pronoun and a verb.</summary>
    [GeneratedRegex(@"^(?:It(?=\s+(?:is|was|will|shall|has|should|must|may|would|also|reports|meets|comprises|consists|includes|acts|operates|provides|brings|unites)\b)|Its(?=\s+(?:members|membership|partners|member\s+organisations)\s+(?:also\s+)?(?:include|includes|are|comprise|comprises)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex ItOpening();

    /// <summary>A lead-in that opens with "It" or "The" and the class of body it means, then its verb ("The area incorporates:").</summary>
    [GeneratedRegex(@"^(?:It|The\s+(?<class>area|locality|place|neighbourhood|board|committee|partnership|network|group|alliance|collaborative|forum|council|trust))(?=\s+[a-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ClassOpening();

    [GeneratedRegex(@"\b(?:this|the)\s+(?:work|workstream)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisWork();

    [GeneratedRegex(@"\b(?:partners|parties|signatories)\s+to\s+(?<this>this|it)\s+(?:are|will\s+be|include)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartiesToThis();
}
