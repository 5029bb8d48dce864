using System.Text;

namespace SystemGraph.Ingestion.Reading;

/// <summary>Plain text (UTF-8, with or without a byte-order mark): already in the common layout.</summary>
internal static class PlainTextFormat
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static FormatText Read(byte[] bytes)
    {
        var text = Decode(bytes);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new PaperReadException(PaperReadErrors.Malformed, "The file is not text (it holds binary data); give plain text, PDF, Word (.docx) or HTML.");
        }

        return new FormatText(Lines(text), PaperMetadataHints.None);
    }

    public static string Decode(byte[] bytes)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: read it as Windows-1252's printable subset, Latin-1, which every byte decodes in.
            return Encoding.Latin1.GetString(bytes);
        }
    }

    public static IReadOnlyList<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
}
