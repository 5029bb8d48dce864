using System.Text;

namespace SystemGraph.Graph.Evidence;

/// <summary>
/// Finds quotes in a paper's text as the seed validator checks them: runs of white space count as one space
/// (quotes are copied from the papers, whose line breaks and tabs they do not keep). Answers character ranges of
/// the original text.
/// </summary>
public sealed class QuoteLocator
{
    private readonly string folded;
    private readonly int[] originalIndex;

    public QuoteLocator(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                pendingSpace = pendingSpace < 0 ? i : pendingSpace;
                continue;
            }

            if (pendingSpace >= 0 && sb.Length > 0)
            {
                sb.Append(' ');
                map.Add(pendingSpace);
            }

            pendingSpace = -1;
            sb.Append(text[i]);
            map.Add(i);
        }

        map.Add(text.Length);
        folded = sb.ToString();
        originalIndex = [.. map];
    }

    /// <summary>Every place the quote occurs (start, end exclusive, in the original text); empty when it does not.</summary>
    public IReadOnlyList<(int Start, int End)> Find(string? quote)
    {
        var needle = Fold(quote);
        var found = new List<(int, int)>();
        if (needle.Length == 0)
        {
            return found;
        }

        for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            found.Add((originalIndex[at], originalIndex[at + needle.Length - 1] + 1));
        }

        return found;
    }

    private static string Fold(string? text) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
