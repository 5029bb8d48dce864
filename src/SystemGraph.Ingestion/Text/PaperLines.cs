using System.Runtime.CompilerServices;

namespace SystemGraph.Ingestion.Text;

/// <summary>
/// A paper's text as lines, with where each starts: split once per text and kept while the text lives, so the
/// readings that walk a paper line by line (lists, tables, blocks of names, headings, phrases) share one split instead
/// of each making its own. Keyed by the text itself, so a paper copied with another text gets its own lines.
/// </summary>
internal sealed class PaperLines
{
    private static readonly ConditionalWeakTable<string, PaperLines> Cache = [];

    private PaperLines(string text)
    {
        var lines = text.Split('\n');
        var starts = new int[lines.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            starts[i + 1] = starts[i] + lines[i].Length + 1;
        }

        (Lines, Starts) = (lines, starts);
    }

    /// <summary>The lines, without their line breaks.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Where each line starts in the text (0-based line index), and one more: the text's length plus one.</summary>
    public IReadOnlyList<int> Starts { get; }

    public static PaperLines Of(PaperText paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Cache.GetValue(paper.Text, text => new PaperLines(text));
    }

    /// <summary>Where the 1-based line <paramref name="line"/> starts (as <see cref="PaperSection.Line"/> numbers them).</summary>
    public int StartOfLine(int line) => Starts[Math.Clamp(line - 1, 0, Lines.Count)];
}
