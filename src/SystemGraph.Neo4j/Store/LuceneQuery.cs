using System.Globalization;
using System.Text;
using SystemGraph.Graph.Search;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// The full-text query of a search, in Lucene's query syntax, from the same analysed words and weights as the
/// embedded store's query (<see cref="SearchWords"/>, <see cref="SearchWeights"/>). User text only reaches it as
/// analysed terms, each escaped (<c>+ - ! ( ) { } [ ] ^ " ~ * ? : \ / &amp; |</c>), and the query is sent as a
/// parameter: it never becomes query syntax or Cypher.
/// </summary>
/// <remarks>
/// Where Neo4j's Lucene differs from the embedded store's: a word's matches add up instead of the best one counting
/// (the query syntax has no disjunction-max); prefix matches score as constants (Lucene's default rewrite); fuzzy
/// matches have no required first letter; prefix and fuzzy clauses are always asked for (the embedded store asks
/// them only for a word its index does not hold as spelled, and tries entities holding every word first, which
/// needs the index's term statistics before the query is written); aliases are normalised by their total length;
/// initialisms are normalised by how many an entity has (the embedded store indexes them without norms); and there
/// is no coordination factor (Lucene 9 removed it). Exact still outranks prefix and prefix fuzzy, and
/// name outranks alias.
/// </remarks>
internal static class LuceneQuery
{
    private const string Special = "+-!(){}[]^\"~*?:\\/&|";

    public static string Escape(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// One optional group per word (<c>+(group1 group2)</c>: at least one word matches), each the word's exact,
    /// prefix and fuzzy matches over the search fields, boosted; with a whole-name key
    /// (<see cref="SearchWords.WholeNameOf"/>), an optional exact clause on it (the bonus of an entity whose whole
    /// name the words are); with kinds, <c>+kind:(A B)</c>. Empty without words.
    /// </summary>
    public static string ForSearch(IReadOnlyList<SearchWord> words, string? wholeName, IReadOnlyCollection<string>? kinds)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("+(");
        foreach (var word in words)
        {
            var term = Escape(word.Term);
            sb.Append(sb.Length > 2 ? " (" : "(");
            var first = true;
            foreach (var (field, weight, loose) in SearchWeights.Fields)
            {
                Clause(sb, ref first, field, term, string.Empty, weight * SearchWeights.Exact);
                if (loose)
                {
                    Clause(sb, ref first, field, term, "*", weight * SearchWeights.Prefix);
                    if (word.MaxEdits > 0)
                    {
                        Clause(sb, ref first, field, term, "~" + word.MaxEdits.ToString(CultureInfo.InvariantCulture), weight * SearchWeights.Fuzzy);
                    }
                }
            }

            sb.Append(')');
        }

        sb.Append(')');
        if (wholeName is not null)
        {
            sb.Append(' ');
            var alone = true;
            Clause(sb, ref alone, SearchFields.WholeName, Escape(wholeName), string.Empty, SearchWeights.WholeName);
        }

        if (kinds is { Count: > 0 })
        {
            sb.Append(" +").Append(SearchFields.Kind).Append(":(").AppendJoin(' ', kinds.Select(Escape)).Append(')');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Every word of a name required, as spelled (after analysis), in the name, an alias or the ODS code: the entities a
    /// name may be exactly (<see cref="Neo4jReader.FindByNamesAsync"/> keeps those it is). Empty without words.
    /// </summary>
    public static string ForExactWords(IReadOnlyList<SearchWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var sb = new StringBuilder();
        foreach (var word in words)
        {
            var term = Escape(word.Term);
            sb.Append(sb.Length > 0 ? " +(" : "+(")
                .Append(SearchFields.Name).Append(':').Append(term).Append(' ')
                .Append(SearchFields.Alias).Append(':').Append(term).Append(' ')
                .Append(SearchFields.Code).Append(':').Append(term).Append(')');
        }

        return sb.ToString();
    }

    private static void Clause(StringBuilder sb, ref bool first, string field, string term, string suffix, float boost)
    {
        if (!first)
        {
            sb.Append(' ');
        }

        first = false;
        sb.Append(field).Append(':').Append(term).Append(suffix).Append('^').Append(boost.ToString("0.###", CultureInfo.InvariantCulture));
    }
}
