using SystemGraph.Graph.Model;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.Api.Schema.Ingest;

/// <summary>
/// Where a brought-in document's text is kept: an attribute of its Document entity, so it is journaled, promoted and
/// stored (embedded store or Neo4j) with the document itself, and served by <c>Document.text</c>.
/// </summary>
internal static class DocumentTexts
{
    public const string AttributeKey = "text";

    public static string? Of(Entity document) => document.Attributes.GetValueOrDefault(AttributeKey);

    /// <summary>
    /// A document's text, wherever it is held: a brought-in paper's on the Document itself; a seed paper's in its file in
    /// the server's sources folder (<see cref="Explorer.DocumentTexts"/>). Null when the server holds neither.
    /// </summary>
    public static async Task<string?> ReadAsync(IResolveFieldContext context, Entity document)
    {
        if (Of(document) is { } kept)
        {
            return kept;
        }

        var files = context.RequestServices?.GetService<Explorer.DocumentTexts>();
        return files is null ? null : await files.ReadAsync(document.File, context.CancellationToken).ConfigureAwait(false);
    }
}
