using System.Text.Json;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// Reads JSON (variables, request bodies) into the CLR values the engine coerces: string, int/long/double,
/// bool, null, <c>List&lt;object?&gt;</c> and ordered <c>OrderedDictionary&lt;string, object?&gt;</c> maps.
/// </summary>
public static class JsonValueReader
{
    /// <summary>Converts a JSON element to a CLR value.</summary>
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToMap(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ReadNumber(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>JSON numbers become int when they fit, else long, else double.</summary>
    private static object ReadNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var small))
        {
            return small;
        }

        if (element.TryGetInt64(out var large))
        {
            return large;
        }

        return element.GetDouble();
    }

    /// <summary>Converts a JSON object to an ordered map (null for JSON null; throws for other kinds).</summary>
    public static OrderedDictionary<string, object?>? ToMap(JsonElement element)
    {
        if (element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected a JSON object but found {element.ValueKind}.");
        }

        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToValue(property.Value);
        }

        return map;
    }

    /// <summary>Parses a JSON object of variables (null or empty text gives null).</summary>
    public static IReadOnlyDictionary<string, object?>? ReadVariables(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return ToMap(document.RootElement);
    }

    /// <summary>Reads a GraphQL-over-HTTP request body: {"query", "operationName", "variables", "extensions"}.</summary>
    public static GraphQLRequest ReadRequest(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A GraphQL request must be a JSON object.");
        }

        return new GraphQLRequest
        {
            Query = body.TryGetProperty("query", out var query) && query.ValueKind == JsonValueKind.String ? query.GetString() : null,
            OperationName = body.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
            Variables = body.TryGetProperty("variables", out var variables) ? ToMap(variables) : null,
            Extensions = body.TryGetProperty("extensions", out var extensions) ? ToMap(extensions) : null,
        };
    }
}
