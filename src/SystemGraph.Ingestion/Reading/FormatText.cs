namespace SystemGraph.Ingestion.Reading;

/// <summary>
/// What a format reader gives back: the paper as lines in the common layout (headings as lines of their own, list
/// items starting "- ", table rows with tab-separated cells, blank lines between paragraphs) and what the file's own
/// properties say about it.
/// </summary>
internal sealed record FormatText(IReadOnlyList<string> Lines, PaperMetadataHints Hints);

/// <summary>A file's own properties (PDF information, Word core properties, HTML title and meta tags).</summary>
internal sealed record PaperMetadataHints(string? Title = null, string? Publisher = null, DateOnly? Date = null)
{
    public static PaperMetadataHints None { get; } = new();
}
