using System.Text.RegularExpressions;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>A run of words in a passage that may be a name: where it starts and ends, and its words.</summary>
internal sealed record NameSpan(int Start, int End, string Text, IReadOnlyList<(int Start, int End, string Word)> Words);

/// <summary>
/// Finds the runs of capitalised words (with the small words names carry inside them: "of", "and", "&amp;", "for",
/// "the", "in", "on") that may be names; a dash standing alone ends a run, as governance papers write them: "the Bury System Board", "NHS Gateshead
/// CCG", "Memorandum of Understanding". A run starts and ends with a capitalised word or an acronym.
/// </summary>
internal static partial class NameSpans
{
    private static readonly HashSet<string> Inner = new(StringComparer.Ordinal) { "of", "and", "&", "for", "the", "in", "on", "upon" };

    public static IReadOnlyList<NameSpan> Find(string passage)
    {
        var spans = new List<NameSpan>();
        var run = new List<(int Start, int End, string Word)>();
        foreach (Match token in Token().Matches(passage))
        {
            var word = token.Value;
            var gapOk = run.Count == 0 || Gap(passage, run[^1].End, token.Index);
            if (gapOk && (IsCapitalised(word) || (run.Count > 0 && Inner.Contains(word))))
            {
                run.Add((token.Index, token.Index + token.Length, word));
                continue;
            }

            Flush(passage, run, spans);
            if (IsCapitalised(word))
            {
                run.Add((token.Index, token.Index + token.Length, word));
            }
        }

        Flush(passage, run, spans);
        return spans;
    }

    /// <summary>Every sub-run of a span that starts and ends with a capitalised word, longest first.</summary>
    public static IEnumerable<NameSpan> SubSpans(string passage, NameSpan span)
    {
        var words = span.Words;
        for (var length = words.Count; length >= 1; length--)
        {
            for (var first = 0; first + length <= words.Count; first++)
            {
                var last = first + length - 1;
                if (IsCapitalised(words[first].Word) && IsCapitalised(words[last].Word))
                {
                    var slice = words.Skip(first).Take(length).ToList();
                    yield return new NameSpan(slice[0].Start, slice[^1].End, passage[slice[0].Start..slice[^1].End], slice);
                }
            }
        }
    }

    public static bool IsCapitalised(string word) => word.Length > 0 && (char.IsUpper(word[0]) || (char.IsDigit(word[0]) && word.Any(char.IsUpper)));

    private static bool Gap(string passage, int end, int start)
    {
        var between = passage[end..start];
        return between.Length <= 2 && between.All(c => c is ' ' or '\'' or '\u2019');
    }

    private static void Flush(string passage, List<(int Start, int End, string Word)> run, List<NameSpan> spans)
    {
        while (run.Count > 0 && !IsCapitalised(run[^1].Word))
        {
            run.RemoveAt(run.Count - 1);
        }

        if (run.Count > 0)
        {
            spans.Add(new NameSpan(run[0].Start, run[^1].End, passage[run[0].Start..run[^1].End], run.ToList()));
        }

        run.Clear();
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9&'’/]*(?:-[A-Za-z0-9]+)*|&|[-–]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
