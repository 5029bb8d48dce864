using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The property catalogue: every filterable or sortable property of entities, relationships and sources, by its API
/// name, with its value type, whether it filters and sorts, how the embedded store reads it (as a comparable value:
/// strings for names and enums in their wire form, DateOnly, decimal, bool) and where the Neo4j store keeps it. The
/// filter and sort conversion, the embedded store and the Cypher translation all read this one table, so a new
/// filterable field is one line here (and its field in the contract).
/// </summary>
public static class GraphProperties
{
    private static readonly Dictionary<string, EntityProperty> EntityScalars = new EntityProperty[]
    {
        new("id", PropertyType.Text, "id", e => e.Id),
        new("kind", PropertyType.Enum, "kind", e => GraphNames.ToWire(e.Kind)),
        new("name", PropertyType.Text, "name", e => e.Name),
        new("description", PropertyType.Text, "description", e => e.Description),
        new("validFrom", PropertyType.Date, "validFrom", e => e.ValidFrom),
        new("validTo", PropertyType.Date, "validTo", e => e.ValidTo),

        // One stored field, named by the kind that has it.
        new("type", PropertyType.Text, "type", e => e.Type),
        new("organisationType", PropertyType.Text, "type", e => e.Type),
        new("boardType", PropertyType.Text, "type", e => e.Type),
        new("agreementType", PropertyType.Text, "type", e => e.Type),
        new("odsCode", PropertyType.Text, "odsCode", e => e.OdsCode),
        new("isLegalEntity", PropertyType.Boolean, "isLegalEntity", e => e.IsLegalEntity),
        new("isDecisionMaking", PropertyType.Boolean, "isDecisionMaking", e => e.IsDecisionMaking),
        new("level", PropertyType.Enum, "level", e => e.Level is { } level ? GraphNames.ToWire(level) : null),
        new("category", PropertyType.Enum, "category", e => e.Category is { } category ? GraphNames.ToWire(category) : null),
        new("legallyBinding", PropertyType.Boolean, "legallyBinding", e => e.LegallyBinding),
        new("amountGbp", PropertyType.Number, "amountGbp", e => e.AmountGbp),
        new("file", PropertyType.Text, "file", e => e.File),
        new("publishedOn", PropertyType.Date, "publishedOn", e => e.PublishedOn),
        new("publisher", PropertyType.Text, "publisher", e => e.Publisher),
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, EntityListProperty> EntityLists = new EntityListProperty[]
    {
        new("aliases", "aliases", e => e.Aliases),
        new("deliverables", "deliverables", e => e.Deliverables),
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, RelationshipProperty> RelationshipScalars = new RelationshipProperty[]
    {
        new("id", PropertyType.Text, RelationshipStorage.Property("id"), r => r.Id),
        new("type", PropertyType.Enum, RelationshipStorage.TypeOfLine, r => GraphNames.ToWire(r.Type)),
        new("status", PropertyType.Enum, RelationshipStorage.Property("status"), r => GraphNames.ToWire(r.Status)),
        new("validFrom", PropertyType.Date, RelationshipStorage.Property("validFrom"), r => r.ValidFrom),
        new("validTo", PropertyType.Date, RelationshipStorage.Property("validTo"), r => r.ValidTo),
        new("role", PropertyType.Text, RelationshipStorage.Property("role"), r => r.Role),
        new("membershipLevel", PropertyType.Enum, RelationshipStorage.Property("membershipLevel"), r => r.MembershipLevel is { } level ? GraphNames.ToWire(level) : null),
        new("level", PropertyType.Enum, RelationshipStorage.Property("level"), r => r.Level is { } spatial ? GraphNames.ToWire(spatial) : null),
        new("fromId", PropertyType.Text, RelationshipStorage.FromEnd, r => r.FromId),
        new("toId", PropertyType.Text, RelationshipStorage.ToEnd, r => r.ToId),
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>Sources are kept as JSON on Neo4j, so only the embedded store filters inside them.</summary>
    private static readonly Dictionary<string, SourceProperty> SourceScalars = new SourceProperty[]
    {
        new("documentId", s => s.DocumentId),
        new("section", s => s.Section),
        new("quote", s => s.Quote),
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The scalar entity property with this API name, or null.</summary>
    public static EntityProperty? Entity(string name) => EntityScalars.GetValueOrDefault(name);

    /// <summary>The list-of-strings entity property with this API name (aliases, deliverables), or null.</summary>
    public static EntityListProperty? EntityList(string name) => EntityLists.GetValueOrDefault(name);

    /// <summary>The relationship property with this API name, or null.</summary>
    public static RelationshipProperty? Relationship(string name) => RelationshipScalars.GetValueOrDefault(name);

    /// <summary>The source-reference property with this API name, or null.</summary>
    public static SourceProperty? Source(string name) => SourceScalars.GetValueOrDefault(name);

    /// <summary>An entity's property value (the embedded store's read); throws for a name not in the catalogue.</summary>
    public static object? Get(Entity entity, string property)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return (Entity(property) ?? throw Unknown("entity", property)).Read(entity);
    }

    public static IReadOnlyList<string> GetList(Entity entity, string property)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return (EntityList(property) ?? throw Unknown("list", property)).Read(entity);
    }

    public static object? Get(Relationship relationship, string property)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return (Relationship(property) ?? throw Unknown("relationship", property)).Read(relationship);
    }

    public static object? Get(SourceRef source, string property)
    {
        ArgumentNullException.ThrowIfNull(source);
        return (Source(property) ?? throw Unknown("source", property)).Read(source);
    }

    private static ArgumentException Unknown(string what, string property) => new($"Unknown {what} property '{property}'.", nameof(property));
}

/// <summary>How a property's values compare: text and enums case-insensitively as strings; the others as themselves.</summary>
public enum PropertyType
{
    Text,
    Enum,
    Date,
    Number,
    Boolean,
}

/// <summary>A scalar property of entities: its API name, value type, stored name (a Neo4j node property) and read.</summary>
public sealed record EntityProperty(string Name, PropertyType Type, string Stored, Func<Entity, object?> Read, bool Filterable = true, bool Sortable = true)
{
    /// <summary>Text-like values (text, enums, ISO dates) sort case-insensitively, as the embedded sorter does.</summary>
    public bool SortsAsText => Type is PropertyType.Text or PropertyType.Enum or PropertyType.Date;
}

/// <summary>A list-of-strings property of entities (filtered with any / all / none; never sorted).</summary>
public sealed record EntityListProperty(string Name, string Stored, Func<Entity, IReadOnlyList<string>> Read);

/// <summary>A property of relationships, and where Neo4j keeps it (a relationship property, its type, or an end's id).</summary>
public sealed record RelationshipProperty(string Name, PropertyType Type, RelationshipStorage Storage, Func<Relationship, object?> Read, bool Filterable = true, bool Sortable = true)
{
    public bool SortsAsText => Type is PropertyType.Text or PropertyType.Enum or PropertyType.Date;
}

/// <summary>Where a relationship property lives in a property graph.</summary>
public sealed record RelationshipStorage(RelationshipStorageKind Kind, string? Stored = null)
{
    public static RelationshipStorage TypeOfLine { get; } = new(RelationshipStorageKind.Type);

    public static RelationshipStorage FromEnd { get; } = new(RelationshipStorageKind.FromId);

    public static RelationshipStorage ToEnd { get; } = new(RelationshipStorageKind.ToId);

    public static RelationshipStorage Property(string stored) => new(RelationshipStorageKind.Property, stored);
}

public enum RelationshipStorageKind
{
    /// <summary>A property of the relationship itself.</summary>
    Property,

    /// <summary>The relationship's type.</summary>
    Type,

    /// <summary>The id of its start node.</summary>
    FromId,

    /// <summary>The id of its end node.</summary>
    ToId,
}

/// <summary>A property of a source reference (filtered on the embedded store only).</summary>
public sealed record SourceProperty(string Name, Func<SourceRef, string?> Read);
