namespace SystemGraph.Api.Schema.Ingest;

/// <summary>How large a paper ingestDocument takes (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Largest file, in bytes (after base64 decoding). The HTTP transport's body limit applies first.</summary>
    public long MaxBytes { get; set; } = SystemGraph.Ingestion.Reading.ReadLimits.DefaultMaxBytes;

    /// <summary>Longest text read from a file, in characters.</summary>
    public int MaxTextChars { get; set; } = SystemGraph.Ingestion.Reading.ReadLimits.DefaultMaxTextChars;

    /// <summary>
    /// Also offer the lines the learnt ranker is sure of (marked byRule: false). On papers from systems it had not seen
    /// they added about three points of recall at about half their own precision (bench/README, "Seventh pass"): turn
    /// off to keep the candidates to the rules' readings.
    /// </summary>
    public bool RankedLines { get; set; } = true;
}
