using SystemGraph.Api.Auth;

namespace SystemGraph.Api.Schema.Ingest;

/// <summary>
/// The request body limit for callers who may bring papers in. ingestDocument carries the file as base64 (or the
/// text) inside the GraphQL request, so the transport's ordinary limit (<c>GraphQL:Http:MaxRequestBytes</c>, 256 KB)
/// would refuse most board papers before <c>Ingestion:MaxBytes</c> is ever checked. A signed-in planner, editor or
/// admin may send a body large enough for the largest paper <c>Ingestion</c> allows; everyone else keeps the ordinary
/// limit, so anonymous and read-only callers cannot make the server read large bodies.
/// </summary>
internal static class IngestRequestBodyLimit
{
    /// <summary>Room for the query, the metadata and the JSON around the file.</summary>
    private const long Envelope = 64 * 1024;

    public static int For(HttpContext context, int ordinary, IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (!new Caller(context.User).CanUseScenarios)
        {
            return ordinary;
        }

        // Base64 is 4 bytes for every 3; a text paper is at most 3 UTF-8 bytes a character (JSON escapes aside).
        var base64 = (options.MaxBytes + 2) / 3 * 4;
        var text = 3L * options.MaxTextChars;
        var needed = Math.Max(base64, text) + Envelope;
        return (int)Math.Clamp(needed, ordinary, int.MaxValue);
    }
}
