using System.Text;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Tests.Reading;

/// <summary>Files that cannot be read are refused with a stable code; nothing in them is run or fetched.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void An_encrypted_pdf_is_refused()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF");

        Assert.Equal(PaperReadErrors.Encrypted, Assert.Throws<PaperReadException>(() => PaperReader.Read(pdf, "locked.pdf")).Code);
    }

    [Fact]
    public void A_password_protected_word_file_is_refused()
    {
        // An encrypted Office file is a compound file holding an EncryptionInfo stream instead of the zip package.
        var header = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        var file = header.Concat(Encoding.Unicode.GetBytes("EncryptionInfo")).ToArray();

        Assert.Equal(PaperReadErrors.Encrypted, Assert.Throws<PaperReadException>(() => PaperReader.Read(file, "locked.docx")).Code);
    }

    [Fact]
    public void A_scanned_pdf_with_no_text_layer_is_refused()
    {
        Assert.Equal(PaperReadErrors.NoTextLayer, Assert.Throws<PaperReadException>(() => PaperReader.Read(PaperFiles.ScannedPdf(), "scan.pdf")).Code);
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.txt", "   \n\n  ")]
    public void An_empty_file_is_refused(string name, string text)
    {
        Assert.Equal(PaperReadErrors.Empty, Assert.Throws<PaperReadException>(() => PaperReader.Read(Encoding.UTF8.GetBytes(text), name)).Code);
    }

    [Fact]
    public void A_file_over_the_configured_size_is_refused_and_so_is_too_much_text()
    {
        var big = PaperFiles.Pdf(null, "The Riverford Partnership Board meets every other month.");

        Assert.Equal(PaperReadErrors.TooLarge, Assert.Throws<PaperReadException>(() => PaperReader.Read(big, "big.pdf", limits: new ReadLimits(MaxBytes: 100))).Code);
        Assert.Equal(PaperReadErrors.TooLarge, Assert.Throws<PaperReadException>(() => PaperReader.ReadText(new string('a', 500), limits: new ReadLimits(MaxTextChars: 100))).Code);
    }

    [Theory]
    [InlineData("broken.pdf", "%PDF-1.7\nthis is not a pdf body at all")]
    [InlineData("broken.docx", "PK\u0003\u0004 not really a zip")]
    public void A_malformed_file_is_refused(string name, string content)
    {
        Assert.Equal(PaperReadErrors.Malformed, Assert.Throws<PaperReadException>(() => PaperReader.Read(Encoding.Latin1.GetBytes(content), name)).Code);
    }

    [Fact]
    public void Other_formats_are_refused()
    {
        Assert.Equal(PaperReadErrors.Unsupported, Assert.Throws<PaperReadException>(() => PaperReader.Read("x"u8.ToArray(), "sheet.xlsx")).Code);
        Assert.Equal(PaperReadErrors.Unsupported, Assert.Throws<PaperReadException>(() => PaperReader.Read([0xD0, 0xCF, 0x11, 0xE0, 0, 0], "old.doc")).Code);
    }

    [Fact]
    public void A_word_file_declaring_an_external_entity_does_not_resolve_it()
    {
        // A document part with a DTD that declares an external entity: the reader never fetches or expands it.
        var docx = PaperFiles.Docx("Heading", ["Body text of the paper, long enough."], [], [["a"]]);
        var patched = ReplaceDocumentPart(docx, """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""");

        var refused = Assert.Throws<PaperReadException>(() => PaperReader.Read(patched, "xxe.docx"));

        Assert.Equal(PaperReadErrors.Malformed, refused.Code);
        Assert.DoesNotContain("root:", refused.Message, StringComparison.Ordinal);
    }

    private static byte[] ReplaceDocumentPart(byte[] docx, string xml)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml);
        }

        return stream.ToArray();
    }
}
