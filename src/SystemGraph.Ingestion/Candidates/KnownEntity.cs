using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>An entity already in the graph, as far as matching needs it: its id, kind, name, aliases and ODS code.</summary>
public sealed record KnownEntity(string Id, EntityKind Kind, string Name, IReadOnlyList<string> Aliases, string? OdsCode = null, DateOnly? ValidFrom = null, DateOnly? ValidTo = null)
{
    public static KnownEntity From(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new KnownEntity(entity.Id, entity.Kind, entity.Name, [.. entity.Aliases], entity.OdsCode, entity.ValidFrom, entity.ValidTo);
    }

    /// <summary>
    /// This entity as a candidate end: known (its id), as sure as <paramref name="confidence"/>, named by
    /// <paramref name="matched"/> in <paramref name="passage"/>, and going by its name, aliases and ODS code.
    /// </summary>
    internal EntityCandidate AsCandidate(double confidence, string matched, string passage) =>
        new(Id, Kind, Name, Id, confidence, matched, passage, null, ValidFrom, ValidTo, [Name, .. Aliases, .. OdsCode is { } code ? new[] { code } : []], OdsCode);
}

/// <summary>
/// Where candidate phrases are looked up: the graph's own search (the API, <see cref="StoreEntityLookup"/>) or a list of
/// entities in hand (the CLI and the scorer, <see cref="EntityCatalog"/>). Returns the entities the phrase may name.
/// </summary>
public interface IEntityLookup
{
    Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> phrases, CancellationToken cancellationToken);
}
