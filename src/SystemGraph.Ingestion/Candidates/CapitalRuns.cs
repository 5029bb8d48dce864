using System.Text.RegularExpressions;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Headings set in capitals ("NORTH WEXCOMBE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE") read as the same words in a
/// name's usual case ("North Wexcombe Joint Health Overview and Scrutiny Committee"), so that the rules for names (a head
/// word, the small words inside a name, a known body's name) apply to them. Each character stays where it was, so what is
/// found in the recased text is found at the same place in the paper, and quotes are still the paper's own words.
/// </summary>
internal static partial class CapitalRuns
{
    /// <summary>Words a name holds in lower case.</summary>
    private static readonly HashSet<string> Small = new(StringComparer.Ordinal) { "AND", "OF", "FOR", "THE", "IN", "ON", "UPON", "TO", "AT", "BY" };

    /// <summary>
    /// The text with every run of two or more words in capitals that holds a word a body's name ends with ("BOARD",
    /// "TRUST"), up to that word, in a name's case; the text itself when it has none. An acronym stays as it is: three letters or fewer ("NHS", "ICB"), or no vowel ("LSCB").
    /// </summary>
    public static string Recase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = Run().Matches(text);
        if (runs.Count == 0)
        {
            return text;
        }

        var cased = text.ToCharArray();
        foreach (Match run in runs)
        {
            // Up to the last word a body's name ends with: the rest of a heading in capitals ("... BOARD FRIDAY, 31 JANUARY",
            // "THE CHAIR CONSIDERS URGENT") is no name, and read in a name's case it would look like one.
            var words = Word().Matches(run.Value).ToList();
            var last = words.FindLastIndex(w => NewEntityRules.IsNamingHead(w.Value));
            if (last < 1 || !words.Take(last + 1).Any(w => w.Length >= 4))
            {
                continue;
            }

            foreach (var word in words.Take(last + 1))
            {
                // A small word all in lower case ("and"); a word, not an acronym, after its first letter ("Board").
                var from = Small.Contains(word.Value) && word.Index > 0 ? 0
                    : word.Length >= 4 && word.Value.Any(c => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y') ? 1 : word.Length;
                for (var i = run.Index + word.Index + from; i < run.Index + word.Index + word.Length; i++)
                {
                    cased[i] = char.ToLowerInvariant(cased[i]);
                }
            }
        }

        return new string(cased);
    }

    /// <summary>Words in capitals (with an apostrophe or a hyphen inside), joined by spaces or "&amp;".</summary>
    [GeneratedRegex(@"\b[A-Z][A-Z'’-]*[A-Z]\b(?:(?: |\s?&\s?)[A-Z][A-Z'’-]*[A-Z]\b)+", RegexOptions.CultureInvariant)]
    private static partial Regex Run();

    [GeneratedRegex(@"[A-Z][A-Z'’-]*[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
