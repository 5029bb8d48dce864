using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SystemGraph.Api.Tests.Ingest;

/// <summary>Writes a one-page PDF board paper (PdfPig's builder), one line of text per entry; "" leaves a blank line.</summary>
internal static class BoardPaperPdf
{
    public static byte[] Write(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                page.AddText(lines[i], 9, new PdfPoint(40, 800 - (i * 14)), font);
            }
        }

        return builder.Build();
    }
}
