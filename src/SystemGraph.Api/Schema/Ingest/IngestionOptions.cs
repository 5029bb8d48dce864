namespace SystemGraph.Api.Schema.Ingest;

/// <summary>How large a paper ingestDocument takes (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Largest file, in bytes (after base64 decoding). The HTTP transport's body limit applies first.</summary>
    public long MaxBytes { get; set; } = SystemGraph.Ingestion.Reading.ReadLimits.DefaultMaxBytes;

    /// <summary>Longest text read from a file, in characters.</summary>
    public int MaxTextChars { get; set; } = SystemGraph.Ingestion.Reading.ReadLimits.DefaultMaxTextChars;
}
