using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SystemGraph.Ingestion.Reading;

/// <summary>
/// Word (.docx) through the Open XML SDK: heading-styled paragraphs become heading lines, numbered or bulleted
/// paragraphs list items, tables rows of tab-separated cells. The package is opened read-only; the SDK's XML readers
/// prohibit DTDs, so no external entity is ever resolved, and nothing the file links to is fetched.
/// </summary>
internal static class DocxFormat
{
    public static FormatText Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new PaperReadException(PaperReadErrors.Malformed, "The Word file has no document body.");
            var lines = new List<string>();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph, lines);
                        break;
                    case Table table:
                        AddTable(table, lines);
                        break;
                    default:
                        break;
                }
            }

            var properties = document.PackageProperties;
            var date = properties.Created is { } created ? DateOnly.FromDateTime(created) : (DateOnly?)null;
            return new FormatText(lines, new PaperMetadataHints(Blank(properties.Title), Blank(properties.Creator), date));
        }
        catch (PaperReadException)
        {
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or InvalidOperationException or NotSupportedException or IOException)
        {
            throw new PaperReadException(PaperReadErrors.Malformed, "The Word file is damaged or not a .docx: it could not be read.");
        }
    }

    private static void AddParagraph(Paragraph paragraph, List<string> lines)
    {
        var text = TextOf(paragraph);
        if (text.Length == 0)
        {
            lines.Add(string.Empty);
            return;
        }

        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            lines.Add(string.Empty);
            lines.Add("# " + text);
        }
        else if (paragraph.ParagraphProperties?.NumberingProperties is not null || style.Contains("List", StringComparison.OrdinalIgnoreCase))
        {
            lines.Add("- " + text);
        }
        else
        {
            lines.Add(text);
            lines.Add(string.Empty);
        }
    }

    private static void AddTable(Table table, List<string> lines)
    {
        lines.Add(string.Empty);
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(TextOf).Where(t => t.Length > 0)));
            lines.Add(string.Join('\t', cells.Select(c => c.Replace('\t', ' '))));
        }

        lines.Add(string.Empty);
    }

    private static string TextOf(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text run:
                    text.Append(run.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append(' ');
                    break;
                default:
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
