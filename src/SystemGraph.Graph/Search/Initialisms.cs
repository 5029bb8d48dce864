using System.Text;

namespace SystemGraph.Graph.Search;

/// <summary>
/// The initialisms of an entity's name and aliases, a derived, search-only field: analysts type "DHSC", "NHSE" or
/// "IDC", and the seed keeps only the aliases its papers use (ALIAS_NOT_IN_SOURCES), so the acronym is computed
/// from the words instead of stored. Every contiguous run of two to <see cref="MaxRunWords"/> words gives one:
/// each word its initial, an upper-case acronym ("NHS", "ICB"; "PCNs" as "PCN") itself, stop words
/// (<see cref="StopWords"/>, and "&amp;") skipped. So "Department of Health and Social Care" gives "dhsc" (and "hsc",
/// "sc", ...), "NHS England" "nhse", "Bury Integrated Delivery Collaborative" "bidc" and "idc". A number, and
/// punctuation other than an apostrophe, hyphen, full stop or ampersand, ends a run.
/// </summary>
public static class Initialisms
{
    /// <summary>Longest run, in words: nobody types an acronym of more, and each run is a term.</summary>
    public const int MaxRunWords = 8;

    /// <summary>Words an acronym leaves out ("Department of Health and Social Care" is DHSC).</summary>
    public static IReadOnlySet<string> StopWords { get; } = new HashSet<string>(
        ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The distinct initialisms of the texts (lower case, in order of first appearance), as one line of words.</summary>
    public static string? Of(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<string>();
        foreach (var text in texts)
        {
            foreach (var segment in Segments(text))
            {
                for (var start = 0; start < segment.Count - 1; start++)
                {
                    var run = new StringBuilder(segment[start]);
                    for (var end = start + 1; end < segment.Count && end - start < MaxRunWords; end++)
                    {
                        run.Append(segment[end]);
                        var initialism = run.ToString();
                        if (seen.Add(initialism))
                        {
                            all.Add(initialism);
                        }
                    }
                }
            }
        }

        return all.Count == 0 ? null : string.Join(' ', all);
    }

    /// <summary>The text's runs of words as what each word gives its acronym (lower case); stop words left out.</summary>
    private static List<List<string>> Segments(string? text)
    {
        var segments = new List<List<string>>();
        var current = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return segments;
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsApostrophe(text[i])))
                {
                    i++;
                }

                var word = text[start..i];
                if (char.IsDigit(word[0]))
                {
                    EndSegment(segments, ref current);
                }
                else if (!StopWords.Contains(word.TrimEnd('\'', '\u2019')))
                {
                    current.Add(Contribution(word));
                }

                continue;
            }

            if (!(char.IsWhiteSpace(c) || c is '&' or '-' or '.' || IsApostrophe(c)))
            {
                EndSegment(segments, ref current);
            }

            i++;
        }

        EndSegment(segments, ref current);
        return segments;
    }

    /// <summary>An upper-case acronym (two or more capitals, a plural "s" dropped) whole; any other word its initial.</summary>
    private static string Contribution(string word)
    {
        var letters = word.Length > 2 && word[^1] == 's' ? word[..^1] : word;
        if (letters.Length >= 2 && letters.All(ch => char.IsUpper(ch) || char.IsDigit(ch)))
        {
            return letters.ToLowerInvariant();
        }

        return char.ToLowerInvariant(word[0]).ToString();
    }

    private static void EndSegment(List<List<string>> segments, ref List<string> current)
    {
        if (current.Count >= 2)
        {
            segments.Add(current);
        }

        current = [];
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\uFF07';
}
