using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// The Cypher expression for each catalogued property (<see cref="GraphProperties"/>: names, types and where each is
/// stored). A name not in the catalogue is refused, so no input reaches statement text.
/// </summary>
internal static class CypherProperties
{
    /// <summary><c>node.property</c> for an entity property.</summary>
    public static string Entity(string property, string node) =>
        GraphProperties.Entity(property) is { } known
            ? $"{node}.{known.Stored}"
            : throw new ArgumentException($"Unknown entity property '{property}'.", nameof(property));

    /// <summary><c>coalesce(node.aliases, [])</c> for a list-of-strings property.</summary>
    public static string EntityList(string property, string node) =>
        GraphProperties.EntityList(property) is { } known
            ? $"coalesce({node}.{known.Stored}, [])"
            : throw new ArgumentException($"Unknown list property '{property}'.", nameof(property));

    /// <summary>A relationship property: a property of the relationship, its type, or the id of one of its end nodes.</summary>
    public static string Relationship(string property, string relationship, string from, string to) =>
        GraphProperties.Relationship(property)?.Storage switch
        {
            { Kind: RelationshipStorageKind.Type } => $"type({relationship})",
            { Kind: RelationshipStorageKind.FromId } => $"{from}.id",
            { Kind: RelationshipStorageKind.ToId } => $"{to}.id",
            { Kind: RelationshipStorageKind.Property, Stored: { } stored } => $"{relationship}.{stored}",
            _ => throw new ArgumentException($"Unknown relationship property '{property}'.", nameof(property)),
        };

    /// <summary>Text sorts case-insensitively, as the embedded store's sorter does.</summary>
    public static bool SortsAsText(string property) =>
        (GraphProperties.Entity(property)?.SortsAsText ?? true) && (GraphProperties.Relationship(property)?.SortsAsText ?? true);
}
