namespace SystemGraph.Graph.Seed.Validation;

/// <summary>
/// The two tests the evidence standard puts to a quote, shared by the seed validator's rules (QUOTE_NOT_FOUND,
/// QUOTE_DOES_NOT_NAME_END) and by the API's line writes, so that a line written through the API is held to the same
/// standard as one in a seed file.
/// </summary>
public static class QuoteEvidence
{
    /// <summary>True when the quote stands in the paper's text as written (runs of white space folded to one space).</summary>
    public static bool IsIn(string quote, string paperText) => IsInFolded(quote, FoldPaper(paperText));

    /// <summary>A paper's text as <see cref="IsInFolded"/> compares it; fold once when many quotes are checked.</summary>
    public static string FoldPaper(string paperText)
    {
        ArgumentNullException.ThrowIfNull(paperText);
        return SeedLoader.FoldSpace(paperText);
    }

    /// <summary><see cref="IsIn"/> against a paper already folded by <see cref="FoldPaper"/>.</summary>
    public static bool IsInFolded(string quote, string foldedPaper)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(foldedPaper);
        return foldedPaper.Contains(SeedLoader.FoldSpace(quote), StringComparison.Ordinal);
    }

    /// <summary>
    /// True when one of the quotes names the end by one of <paramref name="names"/> (its name, an alias, or a phrase
    /// the writer says names it), compared as <see cref="EvidenceText"/> compares: case, white space, typographic quotes
    /// and a trailing possessive aside.
    /// </summary>
    public static bool Names(IEnumerable<string> quotes, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        return NamesInFolded([.. quotes.Select(EvidenceText.Fold)], names);
    }

    /// <summary><see cref="Names"/> over quotes already folded by <see cref="EvidenceText.Fold"/>, for a caller that folds them once for several checks.</summary>
    internal static bool NamesInFolded(IReadOnlyList<string> foldedQuotes, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(foldedQuotes);
        ArgumentNullException.ThrowIfNull(names);
        return names.Any(name => foldedQuotes.Any(q => EvidenceText.Occurs(name, q)));
    }
}
