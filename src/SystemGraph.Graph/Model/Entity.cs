using System.Collections.Immutable;

namespace SystemGraph.Graph.Model;

/// <summary>
/// A node of the system graph. One shape for every kind (as neo4j's element model has one shape):
/// the kind-specific facts are optional properties, set only for the kinds they belong to.
/// </summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Name { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Ids of entities merged into this one: lookups and lines naming an old id resolve to this entity.</summary>
    public ImmutableArray<string> FormerIds { get; init; } = [];

    /// <summary>Aliases this entity shares on purpose with another entity (which lists them too).</summary>
    public ImmutableArray<string> SharedAliases { get; init; } = [];
    public string? Description { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public ImmutableArray<SourceRef> Sources { get; init; } = [];

    /// <summary>organisationType, boardType, agreementType or programme type (UPPER_SNAKE), by kind.</summary>
    public string? Type { get; init; }

    /// <summary>NHS ODS code for organisations and areas that have one.</summary>
    public string? OdsCode { get; init; }

    /// <summary>Boards (and organisations): whether it is a separate legal entity, when known.</summary>
    public bool? IsLegalEntity { get; init; }

    /// <summary>Boards: whether it can take binding decisions, when known.</summary>
    public bool? IsDecisionMaking { get; init; }

    /// <summary>Areas: the spatial level.</summary>
    public SpatialLevel? Level { get; init; }

    /// <summary>Services: the service group.</summary>
    public ServiceCategory? Category { get; init; }

    /// <summary>Agreements: whether legally binding, when stated.</summary>
    public bool? LegallyBinding { get; init; }

    /// <summary>Funds: the amount in pounds sterling, when stated.</summary>
    public decimal? AmountGbp { get; init; }

    /// <summary>Programmes: deliverables (e.g. Year 1), close to the document's words.</summary>
    public ImmutableArray<string> Deliverables { get; init; } = [];

    /// <summary>Documents: the file name in the seeds folder, or an external citation.</summary>
    public string? File { get; init; }

    /// <summary>Documents: publication or meeting date.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Documents: publishing body.</summary>
    public string? Publisher { get; init; }

    /// <summary>Documents: the title as printed on the document (<see cref="Name"/> is the short display name).</summary>
    public string? Title { get; init; }

    /// <summary>Documents: where to read it; required for an external citation (one with no file in the seeds folder).</summary>
    public string? Url { get; init; }

    /// <summary>Anything else worth keeping, e.g. <c>noticeTerms</c>, <c>figure</c>, <c>onsCode</c>.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Optimistic-concurrency version: 1 on creation, incremented by every committed change.</summary>
    public long Version { get; init; } = 1;

    /// <summary>True when the entity is valid on <paramref name="date"/> (open-ended dates count as valid).</summary>
    public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}
