using System.Text.RegularExpressions;

namespace SystemGraph.Graph.Evidence;

/// <summary>
/// Cuts a source paper's text into passages: its non-empty lines, with short lines (headings, list items, table
/// rows) joined to the lines after them up to about <see cref="TargetLength"/> characters and long lines cut at
/// sentence ends, so a passage is a paragraph-sized piece an analyst can read and cite. Each passage carries the
/// section it falls under: the last heading line before it (a numbered heading such as "8. IDC Draft Terms of
/// Reference", or "Appendix 3 ...", "Schedule 2 ...", "Part 1 ..."), or null before the first.
/// </summary>
public static partial class PaperPassages
{
    public const int TargetLength = 600;

    public static IReadOnlyList<PaperPassage> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var passages = new List<PaperPassage>();
        string? section = null;
        int start = -1, end = -1;

        void Flush()
        {
            if (start >= 0)
            {
                passages.Add(new PaperPassage(start, end, section));
                start = -1;
            }
        }

        foreach (Match line in Line().Matches(text))
        {
            var (lineStart, lineEnd) = Trimmed(text, line.Index, line.Index + line.Length);
            if (lineStart >= lineEnd)
            {
                continue;
            }

            if (IsHeading(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                Flush();
                section = Heading(text[lineStart..lineEnd]);
            }

            foreach (var (pieceStart, pieceEnd) in Pieces(text, lineStart, lineEnd))
            {
                if (start >= 0 && pieceEnd - start > TargetLength)
                {
                    Flush();
                }

                if (start < 0)
                {
                    start = pieceStart;
                }

                end = pieceEnd;
            }
        }

        Flush();
        return passages;
    }

    /// <summary>A line cut at sentence ends into pieces of at most about <see cref="TargetLength"/> characters.</summary>
    private static IEnumerable<(int Start, int End)> Pieces(string text, int start, int end)
    {
        while (end - start > TargetLength)
        {
            var cut = text.LastIndexOf(". ", start + TargetLength, TargetLength / 2, StringComparison.Ordinal);
            cut = cut < 0 ? text.LastIndexOf(' ', start + TargetLength, TargetLength / 2) : cut + 1;
            if (cut <= start)
            {
                cut = start + TargetLength;
            }

            yield return (start, cut);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (start < end)
        {
            yield return (start, end);
        }
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsHeading(ReadOnlySpan<char> line) => line.Length <= 120 && HeadingLine().IsMatch(line);

    private static string Heading(string line) => Whitespace().Replace(line, " ");

    [GeneratedRegex(@"[^\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex Line();

    [GeneratedRegex(@"^(\d{1,2}[a-z]?\.\s+[A-Z]|(Appendix|Annex|Schedule|Part|Section)\s+[0-9A-Z]+\b)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}

/// <summary>A passage of a paper: its character range in the text (end exclusive) and the section it falls under.</summary>
public sealed record PaperPassage(int Start, int End, string? Section);
