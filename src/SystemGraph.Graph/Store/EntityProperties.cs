using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The filterable and sortable properties of entities and relationships, by their API names, as comparable
/// values (strings for names and enums in their wire form, DateOnly, decimal, bool). One table, so the
/// embedded store, the Neo4j store and the API agree on what each name means.
/// </summary>
public static class EntityProperties
{
    public static object? Get(Entity entity, string property)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return property switch
        {
            "id" => entity.Id,
            "kind" => GraphNames.ToWire(entity.Kind),
            "name" => entity.Name,
            "description" => entity.Description,
            "validFrom" => entity.ValidFrom,
            "validTo" => entity.ValidTo,
            "organisationType" or "boardType" or "agreementType" or "type" => entity.Type,
            "odsCode" => entity.OdsCode,
            "isLegalEntity" => entity.IsLegalEntity,
            "isDecisionMaking" => entity.IsDecisionMaking,
            "level" => entity.Level is { } level ? GraphNames.ToWire(level) : null,
            "category" => entity.Category is { } category ? GraphNames.ToWire(category) : null,
            "legallyBinding" => entity.LegallyBinding,
            "amountGbp" => entity.AmountGbp,
            "file" => entity.File,
            "publishedOn" => entity.PublishedOn,
            "publisher" => entity.Publisher,
            "title" => entity.Title,
            "url" => entity.Url,
            _ => throw new ArgumentException($"Unknown entity property '{property}'.", nameof(property)),
        };
    }

    public static IReadOnlyList<string> GetList(Entity entity, string property)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return property switch
        {
            "aliases" => entity.Aliases,
            "deliverables" => entity.Deliverables,
            "formerIds" => entity.FormerIds,
            _ => throw new ArgumentException($"Unknown list property '{property}'.", nameof(property)),
        };
    }

    public static object? Get(Relationship relationship, string property)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return property switch
        {
            "id" => relationship.Id,
            "type" => GraphNames.ToWire(relationship.Type),
            "status" => GraphNames.ToWire(relationship.Status),
            "validFrom" => relationship.ValidFrom,
            "validTo" => relationship.ValidTo,
            "role" => relationship.Role,
            "membershipLevel" => relationship.MembershipLevel is { } level ? GraphNames.ToWire(level) : null,
            "level" => relationship.Level is { } spatial ? GraphNames.ToWire(spatial) : null,
            "basis" => GraphNames.ToWire(relationship.Basis),
            "rationale" => relationship.Rationale,
            "lastEvidencedOn" => relationship.LastEvidencedOn,
            "fromId" => relationship.FromId,
            "toId" => relationship.ToId,
            _ => throw new ArgumentException($"Unknown relationship property '{property}'.", nameof(property)),
        };
    }

    /// <summary>The filterable properties of a source reference.</summary>
    public static object? Get(SourceRef source, string property)
    {
        ArgumentNullException.ThrowIfNull(source);
        return property switch
        {
            "documentId" => source.DocumentId,
            "section" => source.Section,
            "quote" => source.Quote,
            "table" => source.Table,
            _ => throw new ArgumentException($"Unknown source property '{property}'.", nameof(property)),
        };
    }
}
