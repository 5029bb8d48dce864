namespace SystemGraph.Graph.Search;

/// <summary>
/// The words of a search, analysed by <see cref="SearchAnalyzer"/>, each with how loosely it may match. Both stores
/// build their query from these (the embedded store as Lucene query objects, Neo4j as escaped query text), so
/// both ask the same question. User text only ever becomes terms: never query syntax.
/// </summary>
public static class SearchWords
{
    /// <summary>Words beyond this are ignored: a query is a name, not a paragraph, and each word costs clauses.</summary>
    public const int MaxWords = 16;

    /// <summary>The distinct analysed words of the text, in order, at most <see cref="MaxWords"/>.</summary>
    public static IReadOnlyList<SearchWord> Of(string? text) =>
        [.. DistinctTerms(text).Take(MaxWords).Select(term => new SearchWord(term, MaxEditsFor(term)))];

    /// <summary>Longest whole-name key: Neo4j's whitespace analyzer cuts longer tokens, so neither store keeps one.</summary>
    public const int MaxWholeNameLength = 255;

    /// <summary>
    /// A text's words as one key (the distinct analysed words in order, joined by '|', which no word holds), the
    /// term an entity's whole name is indexed as so that a search for exactly its name ranks it first
    /// (<see cref="SearchWeights.WholeName"/>). Null without words, with more than <see cref="MaxWords"/> (a search
    /// keeps only that many) or when longer than <see cref="MaxWholeNameLength"/>.
    /// </summary>
    public static string? WholeNameOf(string? text)
    {
        var terms = DistinctTerms(text).Take(MaxWords + 1).ToList();
        if (terms.Count is 0 or > MaxWords)
        {
            return null;
        }

        var key = string.Join('|', terms);
        return key.Length <= MaxWholeNameLength ? key : null;
    }

    /// <summary>The text's analysed words, each once, in order: what a search asks and what a whole-name key holds.</summary>
    private static IEnumerable<string> DistinctTerms(string? text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in SearchAnalyzer.Terms(text))
        {
            if (term.Length > 0 && seen.Add(term))
            {
                yield return term;
            }
        }
    }

    /// <summary>Typo tolerance by length: none up to three letters, one edit for four to seven, two beyond.</summary>
    public static int MaxEditsFor(string term) => term.Length switch
    {
        < 4 => 0,
        <= 7 => 1,
        _ => 2,
    };
}

/// <summary>One analysed word of a search and the edits a fuzzy match of it may make.</summary>
public sealed record SearchWord(string Term, int MaxEdits);
