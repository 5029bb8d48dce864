using System.Collections.Immutable;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed.Reference;

/// <summary>
/// Imports the national NHS reference extracts (../shared/data/ods, see its README) into the graph: NHS England
/// regions, integrated care systems and boards, CCGs (with their mergers and their July 2022 successors),
/// sub-ICB locations, PCNs, GP practices and their memberships, NHS trusts and local authorities.
/// Where the seed declares a body with the same ODS code and type (e.g. <c>nhs-bury-ccg</c>, 00V, CCG) the import
/// attaches to that entity instead of creating one, so the documents' bodies join the national hierarchy.
/// </summary>
public sealed partial class OdsImporter
{
    private static readonly DateOnly IcbStart = new(2022, 7, 1);
    private static readonly DateOnly CcgEnd = new(2022, 6, 30);

    private readonly string directory;
    private readonly Dictionary<string, Entity> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relationship> relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Code), string> idByCode = [];
    private readonly HashSet<string> seedIds = new(StringComparer.Ordinal);

    private OdsImporter(string directory, SeedGraph seed)
    {
        this.directory = directory;
        foreach (var entity in seed.Entities)
        {
            seedIds.Add(entity.Id);
            if (entity.OdsCode is { } code && MatchType(entity) is { } type)
            {
                idByCode.TryAdd((type, code.ToUpperInvariant()), entity.Id);
            }

            if (entity.Kind == EntityKind.Area && entity.Level == SpatialLevel.System && entity.Attributes.TryGetValue("onsCode", out var ons))
            {
                idByCode.TryAdd(("ICS", ons), entity.Id);
            }
        }

        foreach (var relationship in seed.Relationships)
        {
            relationships[relationship.Id] = relationship;
        }
    }

    /// <summary>The seed plus the reference data, as one graph.</summary>
    public static async Task<SeedGraph> ImportAsync(string directory, SeedGraph seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var importer = new OdsImporter(directory, seed);
        await importer.RunAsync(cancellationToken).ConfigureAwait(false);
        List<Entity> entities = [.. seed.Entities, .. importer.entities.Values.Where(e => !importer.seedIds.Contains(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal)];

        // Imported lines are held to the seed's time rules too: they end with their ends and carry lastEvidencedOn.
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return new SeedGraph(entities, [.. LineLifetimes.Apply(importer.relationships.Values, byId).OrderBy(r => r.Id, StringComparer.Ordinal)]);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        DeclareDocuments();
        await ImportHierarchyAsync(cancellationToken).ConfigureAwait(false);
        await ImportCcgsAsync(cancellationToken).ConfigureAwait(false);
        await ImportClosedCcgsAndSuccessionsAsync(cancellationToken).ConfigureAwait(false);
        await ImportPcnsAsync(cancellationToken).ConfigureAwait(false);
        await ImportPracticesAsync(cancellationToken).ConfigureAwait(false);
        await ImportTrustsAsync(cancellationToken).ConfigureAwait(false);
        await ImportIcbPartnersAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The organisation type (or REGION / ICS for areas) a seed entity's ODS code is matched under.</summary>
    private static string? MatchType(Entity entity) => entity.Kind switch
    {
        EntityKind.Area when entity.Level == SpatialLevel.Region => "REGION",
        EntityKind.Organisation when entity.Type is "NHS_TRUST" or "FOUNDATION_TRUST" => "TRUST",
        EntityKind.Organisation => entity.Type,
        _ => null,
    };

    /// <summary>The id of the body with this type and code: the seed's when it declares one, else a new one (e.g. <c>ccg-00v</c>).</summary>
    private string Resolve(string type, string code, string prefix) =>
        idByCode.TryGetValue((type, code.ToUpperInvariant()), out var id) ? id : $"{prefix}-{code.ToLowerInvariant()}";

    /// <summary>Adds an entity unless the seed (or an earlier row) already has it.</summary>
    private void Add(Entity entity)
    {
        if (!seedIds.Contains(entity.Id))
        {
            entities.TryAdd(entity.Id, entity);
        }
    }

    private void Line(RelationshipType type, string from, string to, RelationshipStatus status, SourceRef source, DateOnly? validFrom = null, DateOnly? validTo = null, string? role = null)
    {
        if (!Exists(from) || !Exists(to))
        {
            return;
        }

        var id = SeedFileReader.DefaultId(from, type, to, role);
        relationships.TryAdd(id, new Relationship
        {
            Id = id,
            Type = type,
            FromId = from,
            ToId = to,
            Status = status,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Role = role,
            Sources = [source],
        });
    }

    private bool Exists(string id) => seedIds.Contains(id) || entities.ContainsKey(id);

    private static Entity Organisation(string id, string type, string code, string officialName, SourceRef source, DateOnly? validFrom = null, DateOnly? validTo = null) => new()
    {
        Id = id,
        Kind = EntityKind.Organisation,
        Name = OdsCsv.TitleCase(officialName),
        Aliases = OdsCsv.TitleCase(officialName) == officialName ? [] : [officialName],
        Type = type,
        OdsCode = code,
        IsLegalEntity = type is not ("SUB_ICB_LOCATION" or "PCN"),
        ValidFrom = validFrom,
        ValidTo = validTo,
        Sources = [source],
    };

    private static ImmutableSortedDictionary<string, string> Attributes(params (string Key, string? Value)[] pairs) =>
        pairs.Where(p => !string.IsNullOrEmpty(p.Value)).ToImmutableSortedDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
}
