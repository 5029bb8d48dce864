using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Evidence;

/// <summary>What an evidence search found, and the documents it could not search.</summary>
public sealed record EvidenceResult(IReadOnlyList<EvidencePassage> Passages, IReadOnlyList<SkippedDocument> Skipped);

/// <summary>
/// A passage of a source paper: its document, section, highlighted snippet (HTML-encoded text with the matched
/// words in <c>&lt;mark&gt;</c>), its character range in the paper's text (end exclusive), its score (0 to 100,
/// relative to the best passage) and the relationships and entities whose quotes fall inside or overlap it.
/// </summary>
public sealed record EvidencePassage(
    Entity Document,
    string? Section,
    string Snippet,
    int Start,
    int End,
    double Score,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<Entity> Entities);

/// <summary>A document with a file that could not be searched, and why.</summary>
public sealed record SkippedDocument(string DocumentId, string File, string Reason);
