using System.Text.RegularExpressions;

namespace SystemGraph.Graph.Seed.Validation;

/// <summary>
/// How evidence text is compared when a rule asks whether a name occurs in a quote or a paper: case-insensitive,
/// runs of white space folded to one space, typographic quotes read as straight ones, and a trailing possessive
/// 's ignored ("Bury Council's" names "Bury Council").
/// </summary>
internal static partial class EvidenceText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var straight = text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        var withoutPossessive = Possessive().Replace(straight, string.Empty);
        return Whitespace().Replace(withoutPossessive, " ").Trim().ToLowerInvariant();
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="foldedText"/> (already folded).</summary>
    public static bool Occurs(string phrase, string foldedText)
    {
        var folded = Fold(phrase);
        return folded.Length > 0 && foldedText.Contains(folded, StringComparison.Ordinal);
    }

    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<=\w)'s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
