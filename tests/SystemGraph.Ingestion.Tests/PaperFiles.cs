using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SystemGraph.Ingestion.Tests;

/// <summary>Small papers made in the test with the libraries themselves: PDF (PdfPig's builder) and Word (Open XML SDK).</summary>
internal static class PaperFiles
{
    /// <summary>A one-page PDF, one line of text per entry; "" leaves a blank line (a paragraph break).</summary>
    public static byte[] Pdf(string? title, params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                page.AddText(lines[i], 9, new PdfPoint(40, 800 - (i * 14)), font);
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF page with a filled rectangle and no text: what a scan looks like to a text reader.</summary>
    public static byte[] ScannedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, 1, fill: true);
        return builder.Build();
    }

    /// <summary>A .docx with a heading, paragraphs, a numbered list and a table (first row headings).</summary>
    public static byte[] Docx(string heading, string[] paragraphs, string[] listItems, string[][] table, string? title = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(heading, "Heading1"));
            foreach (var text in paragraphs)
            {
                body.Append(Paragraph(text, null));
            }

            foreach (var item in listItems)
            {
                var paragraph = Paragraph(item, "ListParagraph");
                paragraph.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
                body.Append(paragraph);
            }

            var grid = new Table();
            foreach (var row in table)
            {
                grid.Append(new TableRow(row.Select(cell => new TableCell(Paragraph(cell, null)))));
            }

            body.Append(grid);
            main.Document = new Document(body);
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }
        }

        return stream.ToArray();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph(new ParagraphProperties(), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.ParagraphProperties!.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        return paragraph;
    }
}
