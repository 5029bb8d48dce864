using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Membership tables: a table under a lead-in that says membership and names the body ("The membership of the X Board
/// is:", a heading "X Board members"), one member a row. The member is the row's person (a "Name" column), else its
/// organisation (an "Organisation" or "Representing" column), else the post it names ("Role" column, or the first
/// cell). A row whose role is the chair also chairs the body. Each line is quoted from the lead-in down to its row, as
/// one passage, so the quote names both ends.
/// </summary>
internal sealed partial class LineFinder
{
    /// <summary>The most lines between a table's lead-in and the table.</summary>
    private const int TableLeadInReach = 3;

    /// <summary>The longest run from a table's lead-in to a row quoted as one passage.</summary>
    private const int MaxTableQuoteChars = 1200;

    private IEnumerable<LineCandidate> FromTables()
    {
        var (lines, starts) = (PaperLines.Of(paper).Lines, PaperLines.Of(paper).Starts);

        foreach (var table in paper.Tables.Where(t => t.Rows.Count >= 2))
        {
            var leadLine = table.Line - 1;
            while (leadLine >= 1 && lines[leadLine - 1].Trim().Length == 0)
            {
                leadLine--;
            }

            if (leadLine < 1 || table.Line - leadLine > TableLeadInReach)
            {
                continue;
            }

            // The lead-in is a heading or a sentence that ends ':' right above the table, not a paragraph that mentions membership.
            var leadIn = Whitespace().Replace(lines[leadLine - 1].Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimStart('#', ' '), " ");
            if (EvidenceWords(leadIn) > 30 || !(leadIn.EndsWith(':') || paper.Sections.Any(s => s.Line == leadLine)))
            {
                continue;
            }

            var header = table.Rows[0];
            var says = LeadIns.Where(r => r.Type == RelationshipType.MemberOf).FirstOrDefault(r => r.LeadIn.IsMatch(leadIn));
            var inLeadIn = mentions.Find(leadIn, table.Section).Where(m => m.Entity.Kind is EntityKind.Board or EntityKind.Organisation or EntityKind.Area).ToList();
            if ((says.LeadIn is null && !header.Any(c => MemberHeader().IsMatch(c))) || inLeadIn.Count == 0)
            {
                continue;
            }

            var body = says.LeadIn?.Match(leadIn) is { Success: true } wording ? inLeadIn.FirstOrDefault(m => m.Start >= wording.Index + wording.Length) ?? inLeadIn[^1] : inLeadIn[^1];
            var nameColumn = header.ToList().FindIndex(c => NameHeader().IsMatch(c));
            var orgColumn = header.ToList().FindIndex(c => OrganisationHeader().IsMatch(c));
            var roleColumn = header.ToList().FindIndex(c => RoleHeader().IsMatch(c));
            var leadStart = starts[leadLine - 1];
            for (var r = 1; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var rowLine = table.Line + r;
                if (rowLine > lines.Count || Member(row, nameColumn, orgColumn, roleColumn, rowLine, table.Section) is not { } member || member.Entity.Id == body.Entity.Id)
                {
                    continue;
                }

                var rowEnd = starts[rowLine - 1] + lines[rowLine - 1].Length;
                var quote = Whitespace().Replace(paper.Text[leadStart..rowEnd], " ").Trim();
                if (rowEnd - leadStart > MaxTableQuoteChars)
                {
                    continue; // too far from its lead-in to quote as one passage naming both ends
                }

                var role = roleColumn >= 0 && roleColumn < row.Count && row[roleColumn].Trim() is { Length: > 0 and <= 120 } cell ? cell : null;
                var (status, note) = StatusWords.Read(leadIn, table.Section);
                var confidence = ListConfidence * Math.Min(1, ((member.Entity.Confidence + body.Entity.Confidence) / 2) + 0.15);
                IReadOnlyList<CandidateSource> sources = [new CandidateSource(quote, table.Section)];
                yield return new LineCandidate(RelationshipType.MemberOf, member.Entity, body.Entity, status, note, null, null, role,
                    RelationshipBasis.Stated, null, sources, Titles(member), Titles(body), confidence);
                if (row.Any(c => ChairPost().IsMatch(c.Trim()) || ChairMark().IsMatch(c.Trim())))
                {
                    yield return new LineCandidate(RelationshipType.Chairs, member.Entity, body.Entity, status, note, null, null, null,
                        RelationshipBasis.Stated, null, sources, Titles(member), Titles(body), confidence);
                }
            }
        }
    }

    /// <summary>
    /// A row's member: the person in its name column, else the body in its organisation column, else a person or body in
    /// its first cell, else the post its role column (or first cell) names.
    /// </summary>
    private Mention? Member(IReadOnlyList<string> row, int nameColumn, int orgColumn, int roleColumn, int line, string? section)
    {
        Mention? In(int column, params EntityKind[] kinds) =>
            column >= 0 && column < row.Count ? mentions.Find(row[column], section).FirstOrDefault(m => kinds.Contains(m.Entity.Kind)) : null;

        if ((In(nameColumn, EntityKind.Person) ?? In(orgColumn, EntityKind.Organisation, EntityKind.Board) ?? In(0, EntityKind.Person, EntityKind.Organisation, EntityKind.Board)) is { } named)
        {
            return named;
        }

        var postCell = roleColumn >= 0 && roleColumn < row.Count ? row[roleColumn] : row[0];
        var start = Math.Max(0, paper.Text.IndexOf(postCell, StringComparison.Ordinal));
        var asItem = new PaperPassage(postCell.Trim(), start, line, section, PassageKind.ListItem);
        return PostItem(asItem, mentions.Find(asItem));
    }

    [GeneratedRegex(@"\b(?:members?|membership)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemberHeader();

    [GeneratedRegex(@"^\s*(?:member\s+)?(?:name|names|person|member)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameHeader();

    [GeneratedRegex(@"\b(?:organi[sz]ation|organi[sz]ations|body|bodies|practice|practices|representing|nominated\s+by|partner|agency)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationHeader();

    [GeneratedRegex(@"\b(?:role|roles|post|position|title|job\s+title|seat|designation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleHeader();
}
