using System.Text.RegularExpressions;
using SystemGraph.Graph.Seed.Validation;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// The other ways a paper writes an NHS body's registered name: the national extracts say "NHS MID AND SOUTH ESSEX
/// INTEGRATED CARE BOARD", a paper "Mid &amp; South Essex Integrated Care Board" or "Mid and South Essex ICB". A name's
/// canonical form (<see cref="Canonical"/>) folds those differences away: "&amp;" as "and", no leading "The", no leading
/// "NHS" before a name that ends with its kind (CCG, ICB, Trust), no
/// person's title or honours ("Councillor Tim Swift MBE" is "Tim Swift"), and
/// "Clinical Commissioning Group" / "Integrated Care Board" as "CCG" / "ICB". Only those: a form that drops a
/// word that tells bodies apart ("Foundation", a place) would join two bodies.
/// </summary>
public static partial class NameForms
{
    /// <summary>The folded name with the differences above folded away; the name folded as it is when none apply.</summary>
    public static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = " " + EvidenceText.Fold(name) + " ";
        folded = folded.Replace(" & ", " and ", StringComparison.Ordinal)
            .Replace(" clinical commissioning group ", " ccg ", StringComparison.Ordinal)
            .Replace(" integrated care board ", " icb ", StringComparison.Ordinal);
        folded = folded.StartsWith(" the ", StringComparison.Ordinal) ? folded[4..] : folded; // "The Black Country STP" is "Black Country STP"
        // "NHS Oakshire CCG" is "Oakshire CCG"; "NHS Oakshire" (a commissioner's operating name) is not "Oakshire", a place.
        folded = FoldedKindEnd().IsMatch(folded) ? LeadingNhs().Replace(folded, " ") : folded;
        return WithoutTitleAndHonours(folded.Trim());
    }

    /// <summary>
    /// "councillor tim swift mbe" as "tim swift": a person's title before a name of two words or more, and honours
    /// after it, by the words the mention finder reads as titles and honours (<see cref="NewEntityRules.PersonTitleWords"/>,
    /// <see cref="MentionFinder.HonourWords"/>), in any case.
    /// </summary>
    private static string WithoutTitleAndHonours(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count >= 3 && NewEntityRules.PersonTitleWords.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && MentionFinder.HonourWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// The written forms worth looking a phrase up by in the store (which compares whole names), besides the phrase itself:
    /// for a name of an NHS body (ending "CCG", "ICB", "Trust" or their long forms), with and without "NHS" before it,
    /// with the long and the short form of its kind, and with "&amp;" and "and" swapped.
    /// </summary>
    public static IReadOnlyCollection<string> Written(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        if (!NhsBody().IsMatch(phrase) && !phrase.Contains('&', StringComparison.Ordinal))
        {
            return forms;
        }

        var bases = new List<string> { phrase };
        if (phrase.Contains(" & ", StringComparison.Ordinal))
        {
            bases.Add(phrase.Replace(" & ", " and ", StringComparison.Ordinal));
        }

        foreach (var form in bases)
        {
            forms.Add(form);
            if (!NhsBody().IsMatch(form))
            {
                continue;
            }

            var withoutNhs = LeadingNhs().Replace(" " + form, " ").Trim();
            foreach (var kind in new[] { withoutNhs, KindLong().Replace(withoutNhs, m => Long(m.Value)), KindShort().Replace(withoutNhs, m => Short(m.Value)) })
            {
                forms.Add(kind);
                forms.Add("NHS " + kind);
            }
        }

        forms.Remove(phrase);
        return forms;
    }

    /// <summary>
    /// True when a name is an NHS body's by its kind ("... NHS Trust", "... CCG", "... Integrated Care Board"), a short
    /// form in brackets after it allowed ("X NHS Trust (XT)").
    /// </summary>
    public static bool IsNhsBody(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return NhsBody().IsMatch(TrailingAside().Replace(name, string.Empty));
    }

    private static string Long(string shortForm) => shortForm.Equals("CCG", StringComparison.OrdinalIgnoreCase) ? "Clinical Commissioning Group" : "Integrated Care Board";

    private static string Short(string longForm) => longForm.StartsWith("Clinical", StringComparison.OrdinalIgnoreCase) ? "CCG" : "ICB";

    [GeneratedRegex(@"(?:\bCCG|\bICB|Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board|\bTrust)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NhsBody();

    [GeneratedRegex(@"\b(?:ccg|icb|trust)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FoldedKindEnd();

    [GeneratedRegex(@"\s*\([^()]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAside();

    [GeneratedRegex(@"^ nhs ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNhs();

    [GeneratedRegex(@"\b(?:CCG|ICB)$", RegexOptions.CultureInvariant)]
    private static partial Regex KindLong();

    [GeneratedRegex(@"(?:Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindShort();
}
