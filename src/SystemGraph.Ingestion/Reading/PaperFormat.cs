namespace SystemGraph.Ingestion.Reading;

/// <summary>The formats a paper can be read from.</summary>
public enum PaperFormat
{
    Text,
    Pdf,
    Docx,
    Html,
}

/// <summary>Which format a file is: from its first bytes (a PDF or zip signature), else from its name.</summary>
public static class PaperFormats
{
    public static PaperFormat Detect(ReadOnlySpan<byte> bytes, string? fileName)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return PaperFormat.Pdf;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return PaperFormat.Docx;
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        return extension switch
        {
            ".pdf" => PaperFormat.Pdf,
            ".docx" => PaperFormat.Docx,
            ".html" or ".htm" or ".xhtml" => PaperFormat.Html,
            ".txt" or ".md" or "" => LooksLikeHtml(bytes) ? PaperFormat.Html : PaperFormat.Text,
            _ => throw new PaperReadException(PaperReadErrors.Unsupported,
                $"Files of type '{extension}' cannot be read: give plain text, PDF, Word (.docx) or HTML."),
        };
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }
}
