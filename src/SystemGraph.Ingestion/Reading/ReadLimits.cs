namespace SystemGraph.Ingestion.Reading;

/// <summary>How big a paper may be: the file's bytes, and the text read from it (a small zip can hold a large text).</summary>
public sealed record ReadLimits(long MaxBytes = ReadLimits.DefaultMaxBytes, int MaxTextChars = ReadLimits.DefaultMaxTextChars)
{
    /// <summary>10 MB: a long board pack as a PDF.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>2 million characters: several hundred pages of text.</summary>
    public const int DefaultMaxTextChars = 2_000_000;

    public static ReadLimits Default { get; } = new();
}
