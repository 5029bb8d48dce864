using SystemGraph.Graph.Model;

namespace SystemGraph.Api.Schema.Ingest;

/// <summary>
/// Where a brought-in document's text is kept: an attribute of its Document entity, so it is journaled, promoted and
/// stored (embedded store or Neo4j) with the document itself, and served by <c>Document.text</c>.
/// </summary>
internal static class DocumentTexts
{
    public const string AttributeKey = "text";

    public static string? Of(Entity document) => document.Attributes.GetValueOrDefault(AttributeKey);
}
