using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace SystemGraph.Ingestion.Reading;

/// <summary>
/// PDF through PdfPig: the words of each page grouped into lines by their baseline, a blank line where the gap between
/// lines is wider than a line (a new paragraph). A PDF with no words on any page is a scan (no text layer); an
/// encrypted PDF is refused before it is parsed. PdfPig does not run a PDF's scripts or follow its links.
/// </summary>
internal static class PdfFormat
{
    public static FormatText Read(byte[] bytes)
    {
        if (HasEncryptDictionary(bytes))
        {
            throw new PaperReadException(PaperReadErrors.Encrypted, "The PDF is encrypted (password-protected): save an unprotected copy and bring that in.");
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false });
            if (document.NumberOfPages == 0)
            {
                throw new PaperReadException(PaperReadErrors.Empty, "The PDF has no pages.");
            }

            var lines = new List<string>();
            foreach (var page in document.GetPages())
            {
                AddPage(page, lines);
                lines.Add(string.Empty);
            }

            if (lines.All(string.IsNullOrWhiteSpace))
            {
                throw new PaperReadException(PaperReadErrors.NoTextLayer,
                    "The PDF has no text layer (a scan or images of pages): run it through text recognition first, or paste its text.");
            }

            var info = document.Information;
            return new FormatText(lines, new PaperMetadataHints(Blank(info.Title), Blank(info.Author), StatedDates.FromPdfDate(info.CreationDate)));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new PaperReadException(PaperReadErrors.Encrypted, "The PDF is encrypted (password-protected): save an unprotected copy and bring that in.");
        }
        catch (PaperReadException)
        {
            throw;
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or InvalidCastException or NullReferenceException or KeyNotFoundException)
        {
            throw new PaperReadException(PaperReadErrors.Malformed, "The PDF is damaged or not a PDF: it could not be read.");
        }
    }

    private static void AddPage(Page page, List<string> lines)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return;
        }

        var height = Median(words.Select(w => w.BoundingBox.Height).Where(h => h > 0).DefaultIfEmpty(10));
        var rows = new List<(double Baseline, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            if (rows.Count > 0 && Math.Abs(rows[^1].Baseline - word.BoundingBox.Bottom) <= height * 0.4)
            {
                rows[^1].Words.Add(word);
            }
            else
            {
                rows.Add((word.BoundingBox.Bottom, [word]));
            }
        }

        // A paragraph break is a gap clearly wider than the page's usual line pitch.
        var pitches = rows.Zip(rows.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(p => p > 0).ToList();
        var pitch = pitches.Count > 0 ? Median(pitches) : height * 1.2;
        double? previous = null;
        foreach (var (baseline, rowWords) in rows)
        {
            if (previous is { } above && above - baseline > Math.Max(pitch, height) * 1.5)
            {
                lines.Add(string.Empty);
            }

            lines.Add(string.Join(' ', rowWords.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
            previous = baseline;
        }
    }

    /// <summary>True when the file's trailer names an /Encrypt dictionary (the PDF specification, 7.6.1).</summary>
    private static bool HasEncryptDictionary(byte[] bytes) => bytes.AsSpan().IndexOf("/Encrypt"u8) >= 0;

    /// <summary>The lower median: with as many paragraph gaps as line pitches, the line pitch.</summary>
    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(sorted.Count - 1) / 2];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
