using System.Collections.Immutable;

namespace SystemGraph.Graph.Model;

/// <summary>A typed, dated, sourced line between two entities.</summary>
public sealed record Relationship
{
    public required string Id { get; init; }
    public required RelationshipType Type { get; init; }
    public required string FromId { get; init; }
    public required string ToId { get; init; }
    public required RelationshipStatus Status { get; init; }

    /// <summary>The paper's own words for the status ("to be confirmed", "first draft").</summary>
    public string? StatusNote { get; init; }

    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }

    /// <summary>Qualifier of the line: post title, "chair", "SRO", "Full Member", "Clinical Director".</summary>
    public string? Role { get; init; }

    public MembershipLevel? MembershipLevel { get; init; }

    /// <summary>For PLANNED_AT / DELIVERED_AT: the spatial level the service sits at.</summary>
    public SpatialLevel? Level { get; init; }

    public string? Description { get; init; }

    /// <summary>STATED when the line's quotes say it; INFERRED when we read it from the passage (see <see cref="Rationale"/>).</summary>
    public RelationshipBasis Basis { get; init; } = RelationshipBasis.Stated;

    /// <summary>Why we read the cited passage so, in our words; required for an INFERRED line.</summary>
    public string? Rationale { get; init; }

    /// <summary>The latest publication date of the documents the line cites: the line is evidence as at that date.</summary>
    public DateOnly? LastEvidencedOn { get; init; }

    public ImmutableArray<SourceRef> Sources { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Optimistic-concurrency version: 1 on creation, incremented by every committed change.</summary>
    public long Version { get; init; } = 1;

    /// <summary>True when the line holds on <paramref name="date"/> (open-ended dates count as valid).</summary>
    public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    /// <summary>The accountability lines followed by chains: ACCOUNTABLE_TO, REPORTS_TO, HELD_TO_ACCOUNT_BY.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsAccountabilityLine => Type is RelationshipType.AccountableTo or RelationshipType.ReportsTo or RelationshipType.HeldToAccountBy;

    /// <summary>The other end of the line, seen from <paramref name="entityId"/>.</summary>
    public string OtherEnd(string entityId) => string.Equals(FromId, entityId, StringComparison.Ordinal) ? ToId : FromId;
}
