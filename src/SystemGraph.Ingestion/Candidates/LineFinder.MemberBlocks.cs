using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// A membership given as a block of people's names, not as a list: "Membership:" (under the paper's title, the body
/// it is about) or "The X Sub-Committee comprises the following members:" and then a paragraph of names ("Cllr A Chairman.
/// Cllr B Vice-Chairman. Cllr C Cabinet Member for Finance ..."), as council committee pages print them.
/// </summary>
internal sealed partial class LineFinder
{
    /// <summary>How many non-empty lines after the lead-in the block of names may run to.</summary>
    private const int MemberBlockLines = 4;

    /// <summary>Confidence of a member read from a block of names, below a list item's: the block has no item marks.</summary>
    private const double BlockConfidence = 0.65;

    private IEnumerable<LineCandidate> FromMemberBlocks()
    {
        var (lines, starts) = (PaperLines.Of(paper).Lines, PaperLines.Of(paper).Starts);

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (BlockLeadIn(text, i, lines, starts) is not { } lead)
            {
                continue;
            }

            var section = paper.Sections.LastOrDefault(s => s.Line <= i + 1)?.Label;
            var taken = 0;
            for (var j = i + 1; j < lines.Count && taken < MemberBlockLines; j++)
            {
                var blockLine = lines[j].Trim();
                if (blockLine.Length == 0)
                {
                    continue;
                }

                taken++;
                if (NotMembers().IsMatch(blockLine) && EvidenceWords(blockLine) <= 4 || BlockLeadIn(blockLine, j, lines, starts) is not null)
                {
                    break; // "In attendance:", another membership: the block ends
                }

                var people = mentions.Find(blockLine, section).Where(m => m.Entity.Kind == EntityKind.Person && m.Entity.Id != lead.Body.Entity.Id).ToList();
                if (people.Count == 0)
                {
                    continue;
                }

                var at = starts[j] + lines[j].IndexOf(blockLine, StringComparison.Ordinal);
                foreach (var person in people.DistinctBy(p => p.Entity.Id))
                {
                    var end = at + person.End;
                    if (end - lead.QuoteStart > MaxListQuoteChars)
                    {
                        break;
                    }

                    // "Cllr A Chairman.": the chair's mark after the name is quoted with it.
                    var rest = blockLine[person.End..];
                    var mark = BlockChair().Match(rest) is { Success: true } word ? word.Length : ChairMark().Match(rest) is { Success: true } bracket ? bracket.Length : 0;
                    var quote = Whitespace().Replace(paper.Text[lead.QuoteStart..(end + mark)], " ").Trim();
                    var (status, note) = StatusWords.Read(quote, section);
                    var confidence = BlockConfidence * Math.Min(1, ((person.Entity.Confidence + lead.Body.Entity.Confidence) / 2) + 0.15);
                    IReadOnlyList<CandidateSource> sources = [new CandidateSource(quote, section)];
                    yield return new LineCandidate(
                        RelationshipType.MemberOf, person.Entity, lead.Body.Entity, status, note, null, null, null,
                        RelationshipBasis.Stated, null, sources, Titles(person), Titles(lead.Body), confidence);
                    if (mark > 0)
                    {
                        yield return new LineCandidate(
                            RelationshipType.Chairs, person.Entity, lead.Body.Entity, status, note, null, null, null,
                            RelationshipBasis.Stated, null, sources, Titles(person), Titles(lead.Body), confidence);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The body a line leads a block of members for, and where the quote starts: a "Membership:" heading means the body
    /// the paper's title names (quoted from the title down); a sentence ending with a colon that says membership
    /// ("comprises the following members:") means the body it names. Null for any other line.
    /// </summary>
    private (Mention Body, int QuoteStart)? BlockLeadIn(string text, int index, IReadOnlyList<string> lines, IReadOnlyList<int> starts)
    {
        if (MembershipHeading().IsMatch(text))
        {
            var titleIndex = Enumerable.Range(0, lines.Count).FirstOrDefault(i => lines[i].Trim().Length > 0, -1);
            var titleLine = titleIndex >= 0 ? lines[titleIndex].Trim() : string.Empty;
            return titleIndex >= 0 && titleIndex < index
                && (mentions.Whole(titleLine) ?? mentions.Find(titleLine, null).SingleOrDefault(m => m.Start == 0 && m.End == titleLine.Length)) is { } title
                && IsBodyKind(title.Entity.Kind)
                ? (title, starts[titleIndex] + lines[titleIndex].IndexOf(lines[titleIndex].Trim(), StringComparison.Ordinal))
                : null;
        }

        if (!text.EndsWith(':') || !BlockMembersWording().IsMatch(text)
            || mentions.Find(text, null).Where(m => IsBodyKind(m.Entity.Kind)).ToList() is not { Count: > 0 } bodies)
        {
            return null;
        }

        return (bodies[0], starts[index] + lines[index].IndexOf(text, StringComparison.Ordinal));
    }

    private static bool IsBodyKind(EntityKind kind) => kind is EntityKind.Board or EntityKind.Organisation;

    /// <summary>A heading that is only the word for a membership: "Membership", "Members:", "Committee members".</summary>
    [GeneratedRegex(@"^(?:(?:Board|Committee|Cabinet|Current)\s+)?(?:Membership|Members)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MembershipHeading();

    /// <summary>A sentence that leads its members: "comprises the following members:", "The members of X are:".</summary>
    [GeneratedRegex(@"\b(?:comprises?|consists?\s+of|(?:is\s+)?made\s+up\s+of)\s+(?:of\s+)?the\s+following\s+members\b|\bmembers\s+(?:of\s+[^:]{1,120}?\s+)?(?:are|will\s+be)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockMembersWording();

    /// <summary>The chair's mark right after a name in a block: "Cllr A Chairman." (not "Vice-Chairman").</summary>
    [GeneratedRegex(@"^\s*(?:Chairman|Chairwoman|Chairperson|Chair)\b(?!\s*(?:of|for)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockChair();
}
