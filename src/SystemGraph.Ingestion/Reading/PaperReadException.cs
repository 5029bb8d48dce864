namespace SystemGraph.Ingestion.Reading;

/// <summary>
/// Why a file could not be read as a paper, with a stable code (the API's <c>extensions.code</c> and the CLI's message):
/// see <see cref="PaperReadErrors"/>. The message says what to do; it never carries a parser's internals.
/// </summary>
public sealed class PaperReadException : Exception
{
    public PaperReadException(string code, string message)
        : base(message) => Code = code;

    public PaperReadException()
        : this(PaperReadErrors.Malformed, "The file could not be read.")
    {
    }

    public PaperReadException(string message)
        : this(PaperReadErrors.Malformed, message)
    {
    }

    public PaperReadException(string message, Exception innerException)
        : base(message, innerException) => Code = PaperReadErrors.Malformed;

    public string Code { get; }
}

/// <summary>The codes of <see cref="PaperReadException"/>, one decision in one place.</summary>
public static class PaperReadErrors
{
    public const string Empty = "DOCUMENT_EMPTY";
    public const string TooLarge = "DOCUMENT_TOO_LARGE";
    public const string Encrypted = "DOCUMENT_ENCRYPTED";
    public const string NoTextLayer = "DOCUMENT_NO_TEXT";
    public const string Malformed = "DOCUMENT_MALFORMED";
    public const string Unsupported = "DOCUMENT_FORMAT_UNSUPPORTED";
}
