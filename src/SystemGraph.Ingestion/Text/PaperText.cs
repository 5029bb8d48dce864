namespace SystemGraph.Ingestion.Text;

/// <summary>
/// A paper read into one text model, whatever its format. <see cref="Text"/> is the text itself, kept whole so every
/// quote can be checked against it later: headings are lines of their own, list items are lines starting "- ", and
/// table rows are lines whose cells are separated by tabs (the layout the seed papers in ../shared/seeds have, which
/// the seed validator's section rules read). The structure below is computed from that text.
/// </summary>
public sealed record PaperText(
    string Text,
    PaperMetadata Metadata,
    IReadOnlyList<PaperSection> Sections,
    IReadOnlyList<PaperPassage> Passages,
    IReadOnlyList<PaperList> Lists,
    IReadOnlyList<PaperTable> Tables)
{
    /// <summary>
    /// The text from <paramref name="start"/> to the end of the first sentence that ends after <paramref name="searchFrom"/>
    /// (at most 300 characters), white space folded: a heading too short to quote, with the sentence after it.
    /// </summary>
    public string RunOn(int start, int searchFrom)
    {
        var end = Text.IndexOf(". ", searchFrom, StringComparison.Ordinal) is var dot and >= 0 ? dot + 1 : Text.Length;
        return string.Join(' ', Text[start..Math.Min(end, start + 300)].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>What the paper says about itself, or what the user gave when it says nothing.</summary>
public sealed record PaperMetadata(string? Title = null, string? Publisher = null, DateOnly? PublishedOn = null);

/// <summary>A heading or numbered paragraph: a label the seed validator accepts as a <c>section:</c> (DocumentSections).</summary>
public sealed record PaperSection(string Label, int Line);

/// <summary>
/// A sentence of prose or one list item, as it stands in <see cref="PaperText.Text"/> (<see cref="Start"/> is its offset
/// there, <see cref="End"/> where it ends when the reader knows it; <see cref="Text"/> has its white space folded), with
/// the section it is in. A list item carries its list's lead-in, when the list has one.
/// </summary>
public sealed record PaperPassage(string Text, int Start, int Line, string? Section, PassageKind Kind, string? LeadIn = null, int? End = null);

/// <summary>What a passage is: a sentence of prose, or an item of a list.</summary>
public enum PassageKind
{
    Sentence,
    ListItem,
}

/// <summary>A list: its lead-in (the sentence or heading before it) and its items.</summary>
public sealed record PaperList(string? LeadIn, IReadOnlyList<string> Items, string? Section, int Line);

/// <summary>A table: its rows, each a list of cells; the first row is read as the column headings.</summary>
public sealed record PaperTable(IReadOnlyList<IReadOnlyList<string>> Rows, string? Section, int Line)
{
    /// <summary>The table's name for a citation: the section it is in, else its first heading cell.</summary>
    public string Name => Section ?? (Rows.Count > 0 && Rows[0].Count > 0 ? Rows[0][0] : "table");
}
