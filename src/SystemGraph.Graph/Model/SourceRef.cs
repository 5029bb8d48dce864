namespace SystemGraph.Graph.Model;

/// <summary>Where a fact comes from: a Document entity's id, the place in it, and a short verbatim quote.</summary>
public sealed record SourceRef(string DocumentId, string? Section = null, string? Quote = null);
