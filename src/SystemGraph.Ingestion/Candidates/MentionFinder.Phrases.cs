using System.Text.RegularExpressions;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// The phrases of a paper worth looking up among known entities, before any is read: runs of capitalised words,
/// lower-case names ending in a head word, names wrapped over two lines, and new-body names qualified by the areas the
/// paper names.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// Every phrase of a paper worth looking up (runs of capitalised words, whole and in parts of up to six words), in its
    /// passages, table cells and every other line (headings and template fields: "Lead Officer: Name" is no passage),
    /// and the subjects of its programme templates as written ("Area: Name (note)", <see cref="FieldBlockFinder"/>).
    /// </summary>
    public static IReadOnlyCollection<string> Phrases(PaperText paper)
    {
        var phrases = new HashSet<string>(FieldBlockFinder.SubjectNames(paper.Text), StringComparer.Ordinal);
        var lines = PaperLines.Of(paper).Lines;
        var texts = paper.Passages.Select(p => p.Text).Concat(paper.Tables.SelectMany(t => t.Rows.SelectMany(r => r))).Concat(lines).Concat(WrappedPairs(lines));
        foreach (var passage in texts)
        {
            foreach (var span in NameSpans.Find(passage))
            {
                // Every part of up to six words, and the whole run however long ("Newcastle upon Tyne Hospitals NHS Foundation Trust").
                foreach (var sub in NameSpans.SubSpans(passage, span).Where(s => s.Words.Count <= 6 || s.Text == span.Text))
                {
                    phrases.Add(sub.Text);
                }

                foreach (var start in NameSpans.PrefixesBefore(passage, span))
                {
                    phrases.Add(passage[start..span.End]);
                }
            }

            foreach (var (_, _, text) in NameSpans.HeadPhrases(passage))
            {
                phrases.Add(text);
            }

            foreach (var (_, _, name, _) in Distributed(passage))
            {
                phrases.Add(name);
            }
        }

        // A short line that may be one name as a whole, after a label of its own ("Chair:  A. Oakley" in a members'
        // table): the runs of capitalised words split a name at its initial.
        foreach (var line in lines)
        {
            if (LineName(line) is { Name: var name } && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 2 and <= 5)
            {
                phrases.Add(name);
            }
        }

        return phrases;
    }

    /// <summary>
    /// A line's text that may be a name as a whole: the line without a list mark, a label of its own ("Chair: ", "Vice
    /// Chair: "), a count of seats ("1 x ") or a table's cell bar, and where that starts in the line.
    /// </summary>
    public static (int Start, string Name) LineName(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.TrimEnd().TrimEnd('|').TrimEnd();
        var start = trimmed.Length - trimmed.TrimStart().Length;
        start += LineMark().Match(trimmed[start..]) is { Success: true } mark ? mark.Length : 0;
        start += LineLabel().Match(trimmed[start..]) is { Success: true } label ? label.Length : 0;
        start += SeatCount().Match(trimmed[start..]) is { Success: true } count ? count.Length : 0;
        return (start, trimmed[start..]);
    }

    /// <summary>A list item's mark at a line's start: "- ", "• ", "* ", "– ", "· ".</summary>
    [GeneratedRegex(@"^[-•*–·]\s+", RegexOptions.CultureInvariant)]
    internal static partial Regex LineMark();

    /// <summary>How many seats a line of a membership is: "1 x ", "2x ".</summary>
    [GeneratedRegex(@"^\d+\s*x\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SeatCount();

    /// <summary>A short label before a line's name: "Chair: ", "Vice Chair: ", "Co-opted member: ".</summary>
    [GeneratedRegex(@"^(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LineLabel();

    /// <summary>
    /// The full names a paper's bodies may go by, given the areas it names: a paper about one place calls its bodies by
    /// short names ("the Health and Wellbeing Board" in a paper that names Halton may be the "Halton Health and Wellbeing
    /// Board"). Each new-body name of the paper with an area's name before it.
    /// </summary>
    public static IReadOnlyCollection<string> AreaQualified(PaperText paper, IReadOnlyCollection<string> areaNames)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        if (areaNames.Count == 0)
        {
            return phrases;
        }

        foreach (var passage in paper.Passages.Select(p => p.Text).Concat(PaperLines.Of(paper).Lines))
        {
            foreach (var span in NameSpans.Find(passage))
            {
                if (NewEntityRules.Read(passage, span) is { } reading)
                {
                    phrases.UnionWith(areaNames.Select(a => a + " " + reading.Name));
                }
            }
        }

        // One word that only says a kind of body ("Board", "Council", "The") names nothing: not worth a search.
        phrases.RemoveWhere(p => !p.Contains(' ', StringComparison.Ordinal) && (NewEntityRules.IsBodyWord(p) || Determiners.Contains(p)) && !p.All(char.IsUpper));
        return phrases;
    }

    /// <summary>
    /// Each line that ends in a word joined to the next non-empty line when that starts with a capital: a name the
    /// layout wrapped ("Chair of the Northfield Provider" / "Alliance") is looked up whole.
    /// </summary>
    public static IEnumerable<string> WrappedPairs(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            var next = Enumerable.Range(i + 1, Math.Min(2, lines.Count - i - 1)).Select(j => lines[j].Trim()).FirstOrDefault(l => l.Length > 0);
            if (text.Length > 0 && char.IsLetter(text[^1]) && next is { Length: > 0 } && char.IsUpper(next[0]))
            {
                yield return text + " " + next;
            }
        }
    }
}
