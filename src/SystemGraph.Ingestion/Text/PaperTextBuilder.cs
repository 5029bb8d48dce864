using System.Text.RegularExpressions;
using SystemGraph.Graph.Seed.Validation;

namespace SystemGraph.Ingestion.Text;

/// <summary>
/// Builds the <see cref="PaperText"/> structure from the common line layout: headings and numbered paragraphs are
/// sections (the labels <see cref="DocumentSections"/> gives, so every section cited passes SECTION_NOT_FOUND), runs of
/// prose lines are paragraphs split into sentences, "- " lines are list items (with the lead-in before them), and runs
/// of tabbed lines are tables.
/// </summary>
internal static partial class PaperTextBuilder
{
    private static readonly string[] ListMarkers = ["- ", "• ", "* ", "– ", "· "];

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "dr", "mr", "mrs", "ms", "no", "st", "cllr", "vs", "approx", "incl", "para", "prof", "ref", "fig", "cf", "al",
    };

    public static PaperText Build(IReadOnlyList<string> lines, PaperMetadata metadata)
    {
        var text = string.Join('\n', lines);
        var state = new State(text);
        var offset = 0;
        var previousKind = LineKind.Blank;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var kind = state.Reclassify(Classify(line, previousKind), line);
            state.Accept(kind, line, offset, i + 1);
            previousKind = kind;
            offset += line.Length + 1;
        }

        state.Accept(LineKind.Blank, string.Empty, text.Length, lines.Count + 1);
        return new PaperText(text, metadata, state.Sections, state.Passages, state.Lists, state.Tables);
    }

    internal enum LineKind
    {
        Blank,
        Heading,
        ListItem,
        TableRow,
        Prose,
    }

    private static LineKind Classify(string line, LineKind previous)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || Markup().Replace(trimmed, string.Empty).Trim().Length == 0)
        {
            return LineKind.Blank;
        }

        if (line.Contains('\t', StringComparison.Ordinal) && line.Split('\t').Any(c => c.Trim().Length > 0))
        {
            return LineKind.TableRow;
        }

        if (ListMarkers.Any(m => trimmed.StartsWith(m, StringComparison.Ordinal)) || EnumeratedItem().IsMatch(trimmed))
        {
            return LineKind.ListItem;
        }

        if (trimmed.StartsWith('#') || (previous != LineKind.Prose && !EndsMidSentence(trimmed) && HeadingLabel(line) is not null))
        {
            return LineKind.Heading;
        }

        return LineKind.Prose;
    }

    /// <summary>A line ending with a word a heading never ends with ("the", "of", "to"): prose wrapped onto the next line.</summary>
    private static bool EndsMidSentence(string line)
    {
        var last = line[(line.LastIndexOf(' ') + 1)..];
        return last is "the" or "of" or "to" or "and" or "a" or "an" or "for" or "in" or "on" or "by" or "with" or "is" or "are" or "will" or "be" or "that" or "which";
    }

    /// <summary>The label a heading line is cited by: the whole heading as DocumentSections gives it, else null.</summary>
    internal static string? HeadingLabel(string line)
    {
        var whole = DocumentSections.Key(line.Replace("**", string.Empty, StringComparison.Ordinal).TrimStart('#', ' '));
        return DocumentSections.Labels(line).Select(l => l.Text).FirstOrDefault(l => DocumentSections.Key(l) == whole);
    }

    /// <summary>The number of a numbered paragraph ("3.2 The board ..."), a label DocumentSections gives it.</summary>
    private static string? NumberLabel(string line) => NumberedLine().Match(line.Trim()) is { Success: true } m ? m.Groups["number"].Value : null;

    private sealed class State(string text)
    {
        private readonly List<(int Start, int End, int Line)> paragraph = [];
        private readonly List<string> listItems = [];
        private readonly List<IReadOnlyList<string>> tableRows = [];
        private string? listLeadIn;
        private string? lastSentence;
        private string? lastHeading;
        private int blockLine;

        public List<PaperSection> Sections { get; } = [];
        public List<PaperPassage> Passages { get; } = [];
        public List<PaperList> Lists { get; } = [];
        public List<PaperTable> Tables { get; } = [];

        /// <summary>Words a line after a lead-in ending ':' may have to be read as an unmarked list item.</summary>
        private const int MaxUnmarkedItemWords = 15;

        private bool colonPending;

        private string? Section => Sections.Count > 0 ? Sections[^1].Label : null;

        /// <summary>
        /// Short lines after a lead-in that ends with ':' are the items of a list even without markers ("The members of
        /// the group are:" then one member a line), until a blank line after them.
        /// </summary>
        public LineKind Reclassify(LineKind kind, string line)
        {
            // The last item may end the list with a full stop ("... NHS Foundation Trust" / "... NHS Trust.").
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (colonPending && kind is LineKind.Heading or LineKind.Prose && NumberLabel(line) is null
                && words <= MaxUnmarkedItemWords && (!line.TrimEnd().EndsWith('.') || (listItems.Count > 0 && words <= 8 && char.IsUpper(line.TrimStart()[0]))))
            {
                return LineKind.ListItem;
            }

            if (kind == LineKind.Blank)
            {
                colonPending &= listItems.Count == 0;
            }
            else if (kind is not LineKind.ListItem)
            {
                colonPending = line.TrimEnd().EndsWith(':');
            }

            return kind;
        }

        public void Accept(LineKind kind, string line, int offset, int lineNumber)
        {
            if (kind != LineKind.Prose)
            {
                EndParagraph();
            }

            // A blank line inside a list keeps it open: papers space their "(i)", "(ii)" items apart. Whatever else
            // comes next ends it.
            if (kind == LineKind.Blank && listItems.Count > 0)
            {
                return;
            }

            if (kind != LineKind.ListItem)
            {
                EndList();
            }

            if (kind != LineKind.TableRow)
            {
                EndTable();
            }

            switch (kind)
            {
                case LineKind.Heading:
                    var label = HeadingLabel(line) ?? line.Trim().TrimStart('#', ' ');
                    Sections.Add(new PaperSection(label, lineNumber));
                    lastHeading = Whitespace().Replace(line.Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimStart('#', ' '), " ");
                    lastSentence = null;
                    break;
                case LineKind.ListItem:
                    if (listItems.Count == 0)
                    {
                        listLeadIn = lastSentence is { } s && s.TrimEnd().EndsWith(':') ? s : lastHeading;
                        colonPending = colonPending && listLeadIn is not null;
                        blockLine = lineNumber;
                    }

                    var indent = line.Length - line.TrimStart().Length;
                    var markerAt = indent + (ListMarkers.Any(m => line.TrimStart().StartsWith(m, StringComparison.Ordinal)) ? 2
                        : EnumeratedItem().Match(line.TrimStart()) is { Success: true } enumerated ? enumerated.Length : 0);
                    Sentences(offset + markerAt, offset + line.Length, lineNumber, PassageKind.ListItem, listLeadIn);
                    var item = Whitespace().Replace(text[(offset + markerAt)..(offset + line.Length)], " ").Trim();
                    listItems.Add(item);
                    if (item.EndsWith(':'))
                    {
                        // "a) The Board shall comprise the following:" then "(i) ...": the item leads the list under it.
                        EndList();
                        lastSentence = item;
                    }

                    break;
                case LineKind.TableRow:
                    if (tableRows.Count == 0)
                    {
                        blockLine = lineNumber;
                    }

                    tableRows.Add(line.Split('\t').Select(c => Markup().Replace(c, " ").Trim()).ToList());
                    break;
                case LineKind.Prose:
                    if (paragraph.Count > 0 && NumberLabel(line) is { } next && next.Split('.')[0].Length <= 2)
                    {
                        EndParagraph(); // a numbered paragraph starts a new one, blank line or not
                    }

                    if (paragraph.Count == 0 && NumberLabel(line) is { } number)
                    {
                        Sections.Add(new PaperSection(number, lineNumber));
                    }

                    paragraph.Add((offset, offset + line.Length, lineNumber));
                    break;
                default:
                    break;
            }
        }

        private void EndParagraph()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var start = paragraph[0].Start;
            var end = paragraph[^1].End;
            if (NumberedLine().Match(text[start..paragraph[0].End]) is { Success: true } numbered)
            {
                start += numbered.Groups["rest"].Index;
            }

            // Markup (as some papers carry, "<p>...</p>") and inline bullets ("... Board: • Note ...") split the text.
            // Bullets after a lead-in ending ':' ("The partners are: o A o B • C") are a list's items, with that lead-in.
            var cursor = start;
            string? inlineLeadIn = null;
            foreach (Match breakAt in Breaks().Matches(text[start..end]))
            {
                var bullet = !breakAt.Value.Contains('<', StringComparison.Ordinal);
                Sentences(cursor, start + breakAt.Index, paragraph[0].Line, inlineLeadIn is null ? PassageKind.Sentence : PassageKind.ListItem, inlineLeadIn);
                if (bullet && inlineLeadIn is null && text[cursor..(start + breakAt.Index)].TrimEnd().EndsWith(':'))
                {
                    inlineLeadIn = lastSentence;
                }
                else if (!bullet)
                {
                    inlineLeadIn = null;
                }

                cursor = start + breakAt.Index + breakAt.Length;
            }

            Sentences(cursor, end, paragraph[0].Line, inlineLeadIn is null ? PassageKind.Sentence : PassageKind.ListItem, inlineLeadIn);
            paragraph.Clear();
        }

        private void Sentences(int start, int end, int line, PassageKind kind, string? leadIn)
        {
            var from = start;
            for (var i = start; i < end - 1; i++)
            {
                if (text[i] is '.' or '?' or '!' && char.IsWhiteSpace(text[i + 1]) && IsSentenceEnd(i, end))
                {
                    AddPassage(from, i + 1, line, kind, leadIn);
                    from = i + 1;
                }
            }

            AddPassage(from, end, line, kind, leadIn);
        }

        private bool IsSentenceEnd(int dot, int end)
        {
            var next = dot + 1;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '(' or '\u201C'))
            {
                return false;
            }

            var wordStart = dot;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
            {
                wordStart--;
            }

            var word = text[wordStart..dot];
            return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word);
        }

        private void AddPassage(int start, int end, int line, PassageKind kind, string? leadIn)
        {
            var raw = text[start..end];
            var folded = Whitespace().Replace(raw, " ").Trim();
            if (folded.Length == 0)
            {
                return;
            }

            var at = start + (raw.Length - raw.TrimStart().Length);
            Passages.Add(new PaperPassage(folded, at, line, Section, kind, leadIn, start + raw.TrimEnd().Length));
            if (kind == PassageKind.Sentence)
            {
                lastSentence = folded;
            }
        }

        private void EndList()
        {
            if (listItems.Count > 0)
            {
                Lists.Add(new PaperList(listLeadIn, listItems.ToList(), Section, blockLine));
                listItems.Clear();
            }
        }

        private void EndTable()
        {
            if (tableRows.Count > 0)
            {
                Tables.Add(new PaperTable(tableRows.ToList(), Section, blockLine));
                tableRows.Clear();
            }
        }
    }

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)*)(?:\.|\))?\s+(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NumberedLine();

    /// <summary>Markup, and bullets inside a line: " • ", " ▪ ", and " o " before a capital (a bullet a PDF's text layer flattens).</summary>
    [GeneratedRegex(@"<[^>\n]*>|\s[•▪◦]\s|\so\s(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Breaks();

    [GeneratedRegex(@"<[^>\n]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>An enumerated item's marker: "(i) ", "(a) ", "a) ", "iv) ", "(3) ", "ii. ", "b. ".</summary>
    [GeneratedRegex(@"^(?:\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})\)|(?:[ivx]{1,5}|[a-z])\.)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex EnumeratedItem();
}
