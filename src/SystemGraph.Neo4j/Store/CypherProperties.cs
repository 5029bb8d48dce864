namespace SystemGraph.Neo4j.Store;

/// <summary>
/// The closed lists of filterable and sortable property names (as the API and <c>EntityProperties</c> name them)
/// and the Cypher expression for each. A name not listed here is refused, so no input reaches statement text.
/// </summary>
internal static class CypherProperties
{
    private static readonly Dictionary<string, string> EntityScalars = new(StringComparer.Ordinal)
    {
        ["id"] = "id",
        ["kind"] = "kind",
        ["name"] = "name",
        ["description"] = "description",
        ["validFrom"] = "validFrom",
        ["validTo"] = "validTo",
        ["organisationType"] = "type",
        ["boardType"] = "type",
        ["agreementType"] = "type",
        ["type"] = "type",
        ["odsCode"] = "odsCode",
        ["isLegalEntity"] = "isLegalEntity",
        ["isDecisionMaking"] = "isDecisionMaking",
        ["level"] = "level",
        ["category"] = "category",
        ["legallyBinding"] = "legallyBinding",
        ["amountGbp"] = "amountGbp",
        ["file"] = "file",
        ["publishedOn"] = "publishedOn",
        ["publisher"] = "publisher",
        ["title"] = "title",
        ["url"] = "url",
    };

    private static readonly HashSet<string> EntityLists = new(StringComparer.Ordinal) { "aliases", "deliverables", "formerIds" };

    private static readonly HashSet<string> RelationshipScalars = new(StringComparer.Ordinal)
    {
        "id", "status", "validFrom", "validTo", "role", "membershipLevel", "level", "basis", "rationale", "lastEvidencedOn",
    };

    /// <summary>Properties whose values are numbers or booleans: sorted as they are, not case-folded.</summary>
    private static readonly HashSet<string> NonText = new(StringComparer.Ordinal)
    {
        "isLegalEntity", "isDecisionMaking", "legallyBinding", "amountGbp",
    };

    /// <summary><c>node.property</c> for an entity property.</summary>
    public static string Entity(string property, string node) =>
        EntityScalars.TryGetValue(property, out var stored)
            ? $"{node}.{stored}"
            : throw new ArgumentException($"Unknown entity property '{property}'.", nameof(property));

    /// <summary><c>coalesce(node.aliases, [])</c> for a list-of-strings property.</summary>
    public static string EntityList(string property, string node) =>
        EntityLists.Contains(property)
            ? $"coalesce({node}.{property}, [])"
            : throw new ArgumentException($"Unknown list property '{property}'.", nameof(property));

    /// <summary>A relationship property; <c>type</c>, <c>fromId</c> and <c>toId</c> come from the relationship and its end nodes.</summary>
    public static string Relationship(string property, string relationship, string from, string to) => property switch
    {
        "type" => $"type({relationship})",
        "fromId" => $"{from}.id",
        "toId" => $"{to}.id",
        // A line stored before basis existed is STATED, as the model's default says.
        "basis" => $"coalesce({relationship}.basis, 'STATED')",
        _ when RelationshipScalars.Contains(property) => $"{relationship}.{property}",
        _ => throw new ArgumentException($"Unknown relationship property '{property}'.", nameof(property)),
    };

    /// <summary>Text sorts case-insensitively, as the embedded store's sorter does.</summary>
    public static bool SortsAsText(string property) => !NonText.Contains(property);
}
