using System.Text;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Builds the Lucene query for a search from its folded words. The query is still sent as a parameter; escaping
/// keeps Lucene's own syntax (<c>+ - ! ( ) { } [ ] ^ " ~ * ? : \ / &amp; |</c>) from changing what is asked.
/// </summary>
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
    /// Every word as a prefix (<c>bury* AND ccg*</c>), plus the exact phrase and the exact words boosted, so that the
    /// closest matches are among the candidates even when a common word matches thousands of entities.
    /// </summary>
    public static string ForWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var escaped = words.Select(Escape).ToList();
        var phrase = "\"" + string.Join(' ', escaped) + "\"^8";
        var exact = "(" + string.Join(" AND ", escaped) + ")^4";
        var prefixes = "(" + string.Join(" AND ", escaped.Select(w => w + "*")) + ")";
        return $"{phrase} OR {exact} OR {prefixes}";
    }
}
