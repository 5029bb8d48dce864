using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Traversals;

/// <summary>
/// Which lines a traversal follows by their evidence (issue #14): with <see cref="IncludeInferred"/> false only
/// STATED lines (what the papers say and nothing else); with <see cref="EvidencedSince"/> only lines some cited
/// document published on or after that date supports (<see cref="Relationship.LastEvidencedOn"/>).
/// </summary>
public sealed record EvidenceFilter(bool IncludeInferred = true, DateOnly? EvidencedSince = null)
{
    /// <summary>Every line, whatever its basis and evidence date.</summary>
    public static EvidenceFilter All { get; } = new();

    public bool IsAll => IncludeInferred && EvidencedSince is null;

    public bool Admits(Relationship line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return (IncludeInferred || line.Basis == RelationshipBasis.Stated)
            && (EvidencedSince is not { } since || (line.LastEvidencedOn is { } last && last >= since));
    }
}
