using System.Text;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Folds text for search: lower case, accents removed, "&amp;" read as "and", punctuation as spaces.
/// The build runs in invariant globalization mode, where string.Normalize does not decompose, so accented
/// Latin letters are folded from a table.
/// </summary>
public static class SearchText
{
    private static readonly Dictionary<char, string> Folds = BuildFolds();

    /// <summary>Folded text with single spaces between words.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            string? piece = null;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                piece = null;
            }
            else if (c == '&')
            {
                piece = "and";
            }
            else if (!Folds.TryGetValue(c, out piece))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace || (piece == "and" && sb.Length > 0))
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (piece is null)
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(piece);
                pendingSpace = piece == "and";
            }
        }

        return sb.ToString();
    }

    /// <summary>The words of the folded text.</summary>
    public static string[] Tokens(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<char, string> BuildFolds()
    {
        var folds = new Dictionary<char, string>();
        void Add(string chars, string to)
        {
            foreach (var c in chars)
            {
                folds[c] = to;
            }
        }

        Add("àáâãäåāăą", "a");
        Add("æ", "ae");
        Add("çćĉċč", "c");
        Add("ďđ", "d");
        Add("èéêëēĕėęě", "e");
        Add("ĝğġģ", "g");
        Add("ĥħ", "h");
        Add("ìíîïĩīĭįı", "i");
        Add("ĵ", "j");
        Add("ķ", "k");
        Add("ĺļľŀł", "l");
        Add("ñńņňŉ", "n");
        Add("òóôõöøōŏő", "o");
        Add("œ", "oe");
        Add("ŕŗř", "r");
        Add("śŝşš", "s");
        Add("ß", "ss");
        Add("ţťŧ", "t");
        Add("ùúûüũūŭůűų", "u");
        Add("ŵ", "w");
        Add("ýÿŷ", "y");
        Add("źżž", "z");
        Add("’'", string.Empty);
        return folds;
    }
}
