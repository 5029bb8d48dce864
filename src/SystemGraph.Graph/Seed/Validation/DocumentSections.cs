using System.Text.RegularExpressions;

namespace SystemGraph.Graph.Seed.Validation;

/// <summary>A section label a document has: its text as printed and the line it is on (1-based).</summary>
public sealed record SectionLabel(string Text, int Line);

/// <summary>
/// The section labels of a source paper that a seed <c>section:</c> may cite (rule SECTION_NOT_FOUND): its headings
/// (markdown headings, wholly bold lines, numbered headings, short stand-alone title lines, the first cell of a tabbed
/// row) and the numbers of its numbered paragraphs ("1.1", "12"). A cited section is found when it is one of these
/// labels (case-insensitive, white space folded, a leading "para", "paragraph", "item" or "section" ignored), or one
/// of them followed by a qualifier after ", ", ": ", "; ", " (" or " - " (e.g. "3. System Governance documentation,
/// item 3", "2.2.3 (3)"), or two labels, the part and the place in it ("Next Steps: CCG Functions", "Background 2").
/// A heading's leading part before " (", " - ", " – " or ": " is a label too ("5. The Bury System Board – Purpose"
/// for "5. The Bury System Board – Purpose (1 of 2)").
/// </summary>
public static partial class DocumentSections
{
    /// <summary>Words a stand-alone title line may have at most; longer lines are prose.</summary>
    private const int MaxTitleWords = 12;

    private static readonly string[] QualifierSeparators = [",", ":", ";", " (", " -", " –", " —", " /"];

    private static readonly string[] HeadingPartSeparators = [" (", " - ", " – ", " — ", ": "];

    private static readonly string[] CitationPrefixes = ["paragraph ", "para ", "para. ", "item ", "section ", "s. "];

    /// <summary>Every label of the document, in document order, each once.</summary>
    public static IReadOnlyList<SectionLabel> Labels(string documentText)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        var labels = new List<SectionLabel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = documentText.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var label in LabelsOfLine(lines[i]))
            {
                if (label.Length > 0 && seen.Add(Key(label)))
                {
                    labels.Add(new SectionLabel(label, i + 1));
                }
            }
        }

        return labels;
    }

    /// <summary>The label keys of a document, for matching cited sections against.</summary>
    public static IReadOnlySet<string> Keys(string documentText)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Labels(documentText).Select(l => Key(l.Text)))
        {
            keys.Add(key);
            foreach (var separator in HeadingPartSeparators)
            {
                for (var at = key.IndexOf(separator, StringComparison.Ordinal); at > 0; at = key.IndexOf(separator, at + 1, StringComparison.Ordinal))
                {
                    keys.Add(Key(key[..at]));
                }
            }
        }

        return keys;
    }

    /// <summary>True when <paramref name="section"/> names one of the labels (see the class summary).</summary>
    public static bool IsFound(string section, IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(keys);
        var cited = Key(section);
        foreach (var prefix in CitationPrefixes.Where(p => cited.StartsWith(p, StringComparison.Ordinal)))
        {
            cited = cited[prefix.Length..].TrimStart();
            break;
        }

        if (keys.Contains(cited))
        {
            return true;
        }

        // A part and a place in it: "Next Steps: CCG Functions", "Background 2".
        for (var at = cited.IndexOf(' ', StringComparison.Ordinal); at > 0; at = cited.IndexOf(' ', at + 1))
        {
            if (keys.Contains(Key(cited[..at])) && keys.Contains(Key(cited[(at + 1)..])))
            {
                return true;
            }
        }

        foreach (var separator in QualifierSeparators)
        {
            for (var at = cited.IndexOf(separator, StringComparison.Ordinal); at > 0; at = cited.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                if (keys.Contains(Key(cited[..at])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How labels compare: markup dropped, white space folded, lower case, trailing '.' and ':' dropped.</summary>
    public static string Key(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Clean(label).ToLowerInvariant().TrimEnd('.', ':', ' ');
    }

    private static IEnumerable<string> LabelsOfLine(string raw)
    {
        var cells = raw.Split('\t');
        if (cells.Length > 1)
        {
            // A tabbed row (a cover sheet or a flattened table): its first cell is a heading of the row.
            var first = Clean(cells[0]);
            if (IsTitle(first))
            {
                yield return first;
            }

            yield break;
        }

        var text = Clean(raw);
        if (text.Length == 0 || raw.TrimStart().StartsWith("- ", StringComparison.Ordinal) || raw.TrimStart().StartsWith("• ", StringComparison.Ordinal))
        {
            yield break;
        }

        if (NumberedLine().Match(text) is { Success: true } numbered)
        {
            var number = numbered.Groups["number"].Value;
            yield return number;
            var whole = ZeroPoint().Replace(number, string.Empty);
            if (whole != number)
            {
                yield return whole;
            }

            var rest = numbered.Groups["rest"].Value;
            if (IsTitle(rest))
            {
                yield return text.TrimEnd(':');
                yield return rest.TrimEnd(':');
            }

            yield break;
        }

        var trimmed = raw.Trim();
        if (trimmed.StartsWith('#') || (trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal)) || IsTitle(text))
        {
            yield return text.TrimEnd(':');
        }
    }

    /// <summary>A short stand-alone line that does not end a sentence: a heading, not prose.</summary>
    private static bool IsTitle(string text) =>
        text.Length > 0
        && (char.IsUpper(text[0]) || char.IsDigit(text[0]))
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleWords
        && !text.EndsWith('.') && !text.EndsWith(',') && !text.EndsWith(';');

    private static string Clean(string text)
    {
        var withoutMarkup = Markup().Replace(text, " ").Replace("**", string.Empty, StringComparison.Ordinal).TrimStart('#', ' ');
        return Whitespace().Replace(withoutMarkup, " ").Trim();
    }

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)*)(?:\.|\))?\s+(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"(?:\.0)+$", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroPoint();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
