using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// An entity the paper names: one already in the graph (<see cref="ExistingId"/> set) or a new one, its kind, how sure
/// the reading is (0 to 1), and the text it came from (the passage and its section).
/// </summary>
public sealed record EntityCandidate(
    string Id,
    EntityKind Kind,
    string Name,
    string? ExistingId,
    double Confidence,
    string MatchedText,
    string SourceText,
    string? Section,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null,
    IReadOnlyList<string>? KnownNames = null,
    string? OdsCode = null)
{
    public bool IsExisting => ExistingId is not null;

    /// <summary>Every name the entity goes by (its name and, for a known entity, its aliases and code).</summary>
    public IReadOnlyList<string> Names => KnownNames ?? [Name];

    /// <summary>
    /// The spatial level of a new area, which the graph needs of every area: read from its name's head word
    /// (<see cref="NewEntityRules.LevelOf"/>); null for any other kind, and for a known entity (the graph has its own).
    /// </summary>
    public SpatialLevel? Level => Kind == EntityKind.Area && !IsExisting ? NewEntityRules.LevelOf(Name) : null;
}
