using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>One quote behind a candidate line: verbatim from the paper, with its section; a table cell when <see cref="Table"/>.</summary>
public sealed record CandidateSource(string Quote, string? Section, bool Table = false);

/// <summary>
/// A line the paper says (or, INFERRED, that we read from it): its type and ends, role, status in the paper's words
/// mapped to the graph's statuses, dates where stated, the quotes behind it, basis and rationale, the phrases that name
/// an end by title (<see cref="FromMentions"/>, <see cref="ToMentions"/>), and how sure the reading is (0 to 1).
/// </summary>
public sealed record LineCandidate(
    RelationshipType Type,
    EntityCandidate From,
    EntityCandidate To,
    RelationshipStatus Status,
    string? StatusNote,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Role,
    RelationshipBasis Basis,
    string? Rationale,
    IReadOnlyList<CandidateSource> Sources,
    IReadOnlyList<string> FromMentions,
    IReadOnlyList<string> ToMentions,
    double Confidence)
{
    /// <summary>
    /// True when the learnt ranker offered the line from a passage's suggestions (<see cref="PassageSuggestions"/>)
    /// rather than a rule reading it: the reviewer's first lines to check.
    /// </summary>
    public bool Ranked { get; init; }
}
