using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads GraphQL-over-HTTP request parameters from GET (query string) and POST (JSON body) requests,
/// and rejects requests that are not well-formed with a 4xx status before any GraphQL work is done.
/// </summary>
public static class GraphQLHttpRequestReader
{
    public static async Task<(GraphQLHttpRequest? Request, GraphQLHttpRequestError? Error)> ReadAsync(
        HttpRequest request, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);

        if (HttpMethods.IsGet(request.Method))
        {
            return ReadQueryString(request.Query);
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, new GraphQLHttpRequestError(StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed,
                "GraphQL requests use GET or POST."));
        }

        if (ContentTypeError(request.ContentType) is { } contentTypeError)
        {
            return (null, contentTypeError);
        }

        var limit = options.MaxRequestBytesFor(request.HttpContext);
        var body = await ReadBodyAsync(request, limit, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, new GraphQLHttpRequestError(StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.RequestTooLarge,
                $"The request body is larger than {limit} bytes."));
        }

        return ReadJsonBody(body);
    }

    /// <summary>POST bodies must be JSON in UTF-8 (the specification's only required POST media type).</summary>
    private static GraphQLHttpRequestError? ContentTypeError(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return new GraphQLHttpRequestError(StatusCodes.Status415UnsupportedMediaType, HttpErrorCodes.UnsupportedMediaType,
                "POST requests must have Content-Type: application/json.");
        }

        if (!string.Equals(parsed.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLHttpRequestError(StatusCodes.Status415UnsupportedMediaType, HttpErrorCodes.UnsupportedMediaType,
                $"Content-Type '{parsed.MediaType.Value}' is not supported; use application/json.");
        }

        var charset = parsed.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLHttpRequestError(StatusCodes.Status415UnsupportedMediaType, HttpErrorCodes.UnsupportedMediaType,
                $"Charset '{charset}' is not supported; requests must be UTF-8.");
        }

        return null;
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes; null when the body is larger. With a Content-Length (what
    /// clients send) the body is read straight into an array of that size; otherwise through a pooled buffer.
    /// </summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length)
        {
            if (length > limit)
            {
                return null;
            }

            var body = new byte[length];
            var filled = 0;
            int count;
            while (filled < body.Length && (count = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += count;
            }

            // A body longer than its Content-Length is the server's problem (Kestrel stops it); a shorter one is truncated JSON.
            return filled == body.Length ? body : body[..filled];
        }

        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static (GraphQLHttpRequest?, GraphQLHttpRequestError?) ReadJsonBody(byte[] body)
    {
        // The JSON reader does not check every string's UTF-8 up front; requests must be UTF-8, so check it here.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return (null, Invalid(HttpErrorCodes.InvalidJson, "The request body is not valid UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return (null, Invalid(HttpErrorCodes.InvalidJson, "The request body is not valid JSON."));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Invalid(HttpErrorCodes.InvalidParameters, "The request body must be a JSON object."));
            }

            string? query = null, operationName = null;
            JsonElement? variables = null, extensions = null;
            foreach (var property in root.EnumerateObject())
            {
                var error = property.Name switch
                {
                    "query" => ReadString(property.Value, "query", out query),
                    "operationName" => ReadString(property.Value, "operationName", out operationName),
                    "variables" => ReadObject(property.Value, "variables", out variables),
                    "extensions" => ReadObject(property.Value, "extensions", out extensions),
                    _ => null,
                };
                if (error is not null)
                {
                    return (null, error);
                }
            }

            return Complete(new GraphQLHttpRequest(query, operationName, variables, extensions, IsGet: false));
        }
    }

    private static (GraphQLHttpRequest?, GraphQLHttpRequestError?) ReadQueryString(IQueryCollection query)
    {
        string? text = Single(query, "query"), operationName = Single(query, "operationName");
        JsonElement? variables = null, extensions = null;
        if (Single(query, "variables") is { Length: > 0 } variablesText
            && ParseJsonParameter(variablesText, "variables", out variables) is { } variablesError)
        {
            return (null, variablesError);
        }

        if (Single(query, "extensions") is { Length: > 0 } extensionsText
            && ParseJsonParameter(extensionsText, "extensions", out extensions) is { } extensionsError)
        {
            return (null, extensionsError);
        }

        return Complete(new GraphQLHttpRequest(text, operationName, variables, extensions, IsGet: true));
    }

    /// <summary>A request must carry a document, unless an extension (a persisted query) names one.</summary>
    private static (GraphQLHttpRequest?, GraphQLHttpRequestError?) Complete(GraphQLHttpRequest request)
    {
        var hasPersistedQuery = request.Extensions is { } e && e.TryGetProperty("persistedQuery", out _);
        if (string.IsNullOrEmpty(request.Query) && !hasPersistedQuery)
        {
            return (null, Invalid(HttpErrorCodes.MissingQuery, "The 'query' parameter is required."));
        }

        return (request, null);
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    private static GraphQLHttpRequestError? ParseJsonParameter(string text, string name, out JsonElement? value)
    {
        value = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return ReadObject(document.RootElement.Clone(), name, out value);
        }
        catch (JsonException)
        {
            return Invalid(HttpErrorCodes.InvalidParameters, $"The '{name}' parameter must be a JSON object.");
        }
    }

    private static GraphQLHttpRequestError? ReadString(JsonElement value, string name, out string? result)
    {
        result = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                result = value.GetString();
                return null;
            default:
                return Invalid(HttpErrorCodes.InvalidParameters, $"The '{name}' parameter must be a string.");
        }
    }

    private static GraphQLHttpRequestError? ReadObject(JsonElement value, string name, out JsonElement? result)
    {
        result = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                result = value.Clone();
                return null;
            default:
                return Invalid(HttpErrorCodes.InvalidParameters, $"The '{name}' parameter must be a JSON object.");
        }
    }

    private static GraphQLHttpRequestError Invalid(string code, string message) =>
        new(StatusCodes.Status400BadRequest, code, message);
}
