using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Text read as sentences besides the paper's passages: the lines in no passage (headings, template fields, with a
/// name the layout wrapped joined up) and the sentences of table cells.
/// </summary>
internal sealed partial class LineFinder
{
    /// <summary>
    /// The paper's lines that are in no passage (headings, template fields: "Reporting officer: Name, Chair of X"), each
    /// read as a sentence of the section it stands in, so a line a heading states is not lost.
    /// </summary>
    private IEnumerable<PaperPassage> OtherLines()
    {
        var inPassages = paper.Passages.Select(p => p.Line).ToHashSet();
        var start = 0;
        var lines = PaperLines.Of(paper).Lines;
        for (var i = 0; i < lines.Count; start += lines[i].Length + 1, i++)
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
    private string Wrapped(string text, IReadOnlyList<string> lines, int i, HashSet<int> inPassages)
    {
        var next = Enumerable.Range(i + 1, Math.Min(2, lines.Count - i - 1)).FirstOrDefault(j => lines[j].Trim().Length > 0);
        if (next == 0 || inPassages.Contains(next + 1) || MentionFinder.WrappedPairs([lines[i], lines[next]]).FirstOrDefault() is not { } joined)
        {
            return text;
        }

        return mentions.Find(joined, null).Any(m => m.Start < text.Length && m.End > text.Length + 1) ? joined : text;
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

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
