using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Search;
using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Entities and relationships to Neo4j property maps (sent as parameters) and back from the maps the store's
/// statements return (<c>e {.*}</c>, <c>r {.*, type: type(r), fromId: a.id, toId: b.id}</c>). The layout is
/// described on <see cref="Neo4jGraphModel"/>.
/// </summary>
internal static class EntityRecordMapper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The node's properties. The <c>search*</c> properties (name, aliases, ODS code, description and the initialisms
    /// of name and aliases as the terms of <see cref="SearchAnalyzer"/>, and the name as one whole-name key) feed the
    /// full-text index (<see cref="Neo4jSchema"/>).
    /// </summary>
    public static Dictionary<string, object?> ToProperties(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["kind"] = GraphNames.ToWire(entity.Kind),
            ["name"] = entity.Name,
            ["aliases"] = ListOrNull(entity.Aliases),
            ["formerIds"] = ListOrNull(entity.FormerIds),
            ["sharedAliases"] = ListOrNull(entity.SharedAliases),
            ["description"] = entity.Description,
            ["validFrom"] = IsoDate(entity.ValidFrom),
            ["validTo"] = IsoDate(entity.ValidTo),
            ["sources"] = SourcesJson(entity.Sources),
            ["type"] = entity.Type,
            ["odsCode"] = entity.OdsCode,
            ["isLegalEntity"] = entity.IsLegalEntity,
            ["isDecisionMaking"] = entity.IsDecisionMaking,
            ["level"] = entity.Level is { } level ? GraphNames.ToWire(level) : null,
            ["category"] = entity.Category is { } category ? GraphNames.ToWire(category) : null,
            ["legallyBinding"] = entity.LegallyBinding,
            ["amountGbp"] = entity.AmountGbp,
            ["deliverables"] = ListOrNull(entity.Deliverables),
            ["file"] = entity.File,
            ["publishedOn"] = IsoDate(entity.PublishedOn),
            ["publisher"] = entity.Publisher,
            ["title"] = entity.Title,
            ["url"] = entity.Url,
            ["attributes"] = AttributesJson(entity.Attributes),
            ["version"] = entity.Version,
            [SearchFields.Name] = SearchTermsOf(entity.Name),
            [SearchFields.Alias] = SearchTermsOf([.. entity.Aliases]),
            [SearchFields.Code] = SearchTermsOf(entity.OdsCode),
            [SearchFields.Description] = SearchTermsOf(entity.Description),
            [SearchFields.Initials] = SearchTermsOf(Initialisms.Of([entity.Name, .. entity.Aliases])),
            [SearchFields.WholeName] = SearchWords.WholeNameOf(entity.Name),
        };
    }

    /// <summary>The relationship's properties (its type and ends are the relationship itself).</summary>
    public static Dictionary<string, object?> ToProperties(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relationship.Id,
            ["status"] = GraphNames.ToWire(relationship.Status),
            ["statusNote"] = relationship.StatusNote,
            ["validFrom"] = IsoDate(relationship.ValidFrom),
            ["validTo"] = IsoDate(relationship.ValidTo),
            ["role"] = relationship.Role,
            ["membershipLevel"] = relationship.MembershipLevel is { } membership ? GraphNames.ToWire(membership) : null,
            ["level"] = relationship.Level is { } level ? GraphNames.ToWire(level) : null,
            ["description"] = relationship.Description,
            ["basis"] = GraphNames.ToWire(relationship.Basis),
            ["rationale"] = relationship.Rationale,
            ["lastEvidencedOn"] = IsoDate(relationship.LastEvidencedOn),
            ["sources"] = SourcesJson(relationship.Sources),
            ["attributes"] = AttributesJson(relationship.Attributes),
            ["version"] = relationship.Version,
        };
    }

    public static Entity ToEntity(JsonElement map)
    {
        var kindWire = Neo4jValues.RequiredString(map, "kind");
        if (!GraphNames.TryParse<EntityKind>(kindWire, out var kind))
        {
            throw new FormatException($"Neo4j returned an entity of unknown kind '{kindWire}'.");
        }

        return new Entity
        {
            Id = Neo4jValues.RequiredString(map, "id"),
            Kind = kind,
            Name = Neo4jValues.RequiredString(map, "name"),
            Aliases = [.. Neo4jValues.StringList(map, "aliases")],
            FormerIds = [.. Neo4jValues.StringList(map, "formerIds")],
            SharedAliases = [.. Neo4jValues.StringList(map, "sharedAliases")],
            Description = Neo4jValues.String(map, "description"),
            ValidFrom = Neo4jValues.Date(map, "validFrom"),
            ValidTo = Neo4jValues.Date(map, "validTo"),
            Sources = Sources(Neo4jValues.String(map, "sources")),
            Type = Neo4jValues.String(map, "type"),
            OdsCode = Neo4jValues.String(map, "odsCode"),
            IsLegalEntity = Neo4jValues.Bool(map, "isLegalEntity"),
            IsDecisionMaking = Neo4jValues.Bool(map, "isDecisionMaking"),
            Level = Parse<SpatialLevel>(Neo4jValues.String(map, "level")),
            Category = Parse<ServiceCategory>(Neo4jValues.String(map, "category")),
            LegallyBinding = Neo4jValues.Bool(map, "legallyBinding"),
            AmountGbp = Neo4jValues.Decimal(map, "amountGbp"),
            Deliverables = [.. Neo4jValues.StringList(map, "deliverables")],
            File = Neo4jValues.String(map, "file"),
            PublishedOn = Neo4jValues.Date(map, "publishedOn"),
            Publisher = Neo4jValues.String(map, "publisher"),
            Title = Neo4jValues.String(map, "title"),
            Url = Neo4jValues.String(map, "url"),
            Attributes = Attributes(Neo4jValues.String(map, "attributes")),
            Version = Neo4jValues.Long(map, "version") ?? 1,
        };
    }

    public static Relationship ToRelationship(JsonElement map)
    {
        var typeWire = Neo4jValues.RequiredString(map, "type");
        if (!GraphNames.TryParse<RelationshipType>(typeWire, out var type))
        {
            throw new FormatException($"Neo4j returned a relationship of unknown type '{typeWire}'.");
        }

        var statusWire = Neo4jValues.RequiredString(map, "status");
        if (!GraphNames.TryParse<RelationshipStatus>(statusWire, out var status))
        {
            throw new FormatException($"Neo4j returned a relationship with unknown status '{statusWire}'.");
        }

        return new Relationship
        {
            Id = Neo4jValues.RequiredString(map, "id"),
            Type = type,
            FromId = Neo4jValues.RequiredString(map, "fromId"),
            ToId = Neo4jValues.RequiredString(map, "toId"),
            Status = status,
            StatusNote = Neo4jValues.String(map, "statusNote"),
            ValidFrom = Neo4jValues.Date(map, "validFrom"),
            ValidTo = Neo4jValues.Date(map, "validTo"),
            Role = Neo4jValues.String(map, "role"),
            MembershipLevel = Parse<MembershipLevel>(Neo4jValues.String(map, "membershipLevel")),
            Level = Parse<SpatialLevel>(Neo4jValues.String(map, "level")),
            Description = Neo4jValues.String(map, "description"),
            Basis = Parse<RelationshipBasis>(Neo4jValues.String(map, "basis")) ?? RelationshipBasis.Stated,
            Rationale = Neo4jValues.String(map, "rationale"),
            LastEvidencedOn = Neo4jValues.Date(map, "lastEvidencedOn"),
            Sources = Sources(Neo4jValues.String(map, "sources")),
            Attributes = Attributes(Neo4jValues.String(map, "attributes")),
            Version = Neo4jValues.Long(map, "version") ?? 1,
        };
    }

    /// <summary>
    /// What the full-text index reads: the text's terms as <see cref="SearchAnalyzer"/> makes them, separated by
    /// spaces (the index's whitespace analyzer splits them back), or null for no text. Aliases are one line each.
    /// </summary>
    public static string? SearchTermsOf(params string?[] texts)
    {
        var lines = texts.Select(t => string.Join(' ', SearchAnalyzer.Terms(t))).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    public static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Empty lists are left out (Neo4j has no type for an empty list property); reads and filters treat a missing list as empty.</summary>
    private static string[]? ListOrNull(ImmutableArray<string> items) => items.IsDefaultOrEmpty ? null : items.ToArray();

    private static string? SourcesJson(ImmutableArray<SourceRef> sources) =>
        sources.IsDefaultOrEmpty ? null : JsonSerializer.Serialize(sources.ToArray(), Json);

    private static string? AttributesJson(ImmutableSortedDictionary<string, string> attributes) =>
        attributes.IsEmpty ? null : JsonSerializer.Serialize(attributes, Json);

    private static ImmutableArray<SourceRef> Sources(string? json) =>
        json is null ? [] : [.. JsonSerializer.Deserialize<SourceRef[]>(json, Json) ?? []];

    private static ImmutableSortedDictionary<string, string> Attributes(string? json)
    {
        var empty = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        return json is null ? empty : empty.AddRange(JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? []);
    }

    private static TEnum? Parse<TEnum>(string? wire)
        where TEnum : struct, Enum => GraphNames.TryParse<TEnum>(wire, out var value) ? value : null;
}
