using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Reading;

/// <summary>
/// Reads a file (plain text, PDF, Word .docx or HTML) into a <see cref="PaperText"/>, or refuses it with a
/// <see cref="PaperReadException"/>: empty, too large, encrypted, scanned (no text), malformed or of another format.
/// Nothing in the file is run or fetched. Metadata: what the paper states (a cover-sheet "Title" or "Date" row, its
/// date near its top), the file's own title property, its first heading, then what the user gave; for the date, the
/// paper's, then the user's, then the file's.
/// </summary>
public static class PaperReader
{
    /// <summary>Lines from the top of a paper searched for its date when no "Date" row gives it.</summary>
    private const int DateSearchLines = 40;

    public static PaperText Read(byte[] bytes, string? fileName, PaperMetadata? given = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= ReadLimits.Default;
        if (bytes.Length > limits.MaxBytes)
        {
            throw new PaperReadException(PaperReadErrors.TooLarge, $"The file is {bytes.Length:N0} bytes; at most {limits.MaxBytes:N0} can be brought in.");
        }

        if (bytes.Length == 0)
        {
            throw new PaperReadException(PaperReadErrors.Empty, "The file is empty.");
        }

        if (bytes.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            // An OLE compound file: an encrypted Office document (its package is wrapped with EncryptionInfo) or a legacy .doc.
            throw System.Text.Encoding.Unicode.GetString(bytes).Contains("EncryptionInfo", StringComparison.Ordinal)
                ? new PaperReadException(PaperReadErrors.Encrypted, "The Word file is password-protected: save an unprotected copy and bring that in.")
                : new PaperReadException(PaperReadErrors.Unsupported, "Legacy Word (.doc) files cannot be read: save the paper as .docx or PDF.");
        }

        var format = PaperFormats.Detect(bytes, fileName);
        var read = format switch
        {
            PaperFormat.Pdf => PdfFormat.Read(bytes),
            PaperFormat.Docx => DocxFormat.Read(bytes),
            PaperFormat.Html => HtmlFormat.Read(bytes),
            _ => PlainTextFormat.Read(bytes),
        };

        return FromLines(read.Lines, read.Hints, given, limits);
    }

    /// <summary>Reads text already in hand (pasted, or a seed paper's .txt).</summary>
    public static PaperText ReadText(string text, PaperMetadata? given = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromLines(PlainTextFormat.Lines(text), PaperMetadataHints.None, given, limits ?? ReadLimits.Default);
    }

    private static PaperText FromLines(IReadOnlyList<string> lines, PaperMetadataHints hints, PaperMetadata? given, ReadLimits limits)
    {
        var total = lines.Sum(l => (long)l.Length + 1);
        if (total > limits.MaxTextChars)
        {
            throw new PaperReadException(PaperReadErrors.TooLarge, $"The paper's text is {total:N0} characters; at most {limits.MaxTextChars:N0} can be brought in.");
        }

        if (lines.All(string.IsNullOrWhiteSpace))
        {
            throw new PaperReadException(PaperReadErrors.Empty, "The file has no text.");
        }

        var stated = Stated(lines);
        var metadata = new PaperMetadata(
            stated.Title ?? hints.Title ?? stated.Heading ?? given?.Title,
            given?.Publisher ?? hints.Publisher,
            stated.Date ?? given?.PublishedOn ?? hints.Date);
        return PaperTextBuilder.Build(lines, metadata);
    }

    /// <summary>The title and date the paper itself states: a cover-sheet row, its first heading, a date near the top.</summary>
    private static (string? Title, string? Heading, DateOnly? Date) Stated(IReadOnlyList<string> lines)
    {
        string? title = null;
        DateOnly? date = null;
        foreach (var cells in lines.Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(l => l.Split('\t').Select(c => c.Trim()).ToArray()))
        {
            if (title is null && cells[0].Equals("Title", StringComparison.OrdinalIgnoreCase) && cells.Length > 1 && cells[1].Length > 0)
            {
                title = cells[1];
            }

            if (date is null && cells[0].Contains("Date", StringComparison.OrdinalIgnoreCase) && cells.Length > 1)
            {
                date = StatedDates.Parse(string.Join(' ', cells.Skip(1)));
            }
        }

        var heading = lines.Select(l => l.Trim()).Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#', ' ')).FirstOrDefault(l => l.Length > 0);
        date ??= lines.Take(DateSearchLines).Select(StatedDates.Parse).FirstOrDefault(d => d is not null);
        return (title, heading, date);
    }
}
