using System.Text.Json;
using System.Text.Json.Nodes;

namespace SystemGraph.Neo4j.Http;

/// <summary>
/// Request bodies and response parsing of Neo4j's HTTP Query API (plain JSON format), in one place so the
/// mapping can be unit tested on the documented bodies.
/// </summary>
internal static class QueryApiJson
{
    private static readonly JsonSerializerOptions ParameterOptions = new(JsonSerializerDefaults.Web);

    /// <summary><c>{"statement", "parameters", "accessMode"}</c>. Dates become ISO strings, as the store keeps them.</summary>
    public static byte[] RequestBody(CypherStatement statement, AccessMode accessMode)
    {
        var body = new JsonObject
        {
            ["statement"] = statement.Text,
            ["parameters"] = ToJson(statement.Parameters),
            ["accessMode"] = accessMode == AccessMode.Read ? "Read" : "Write",
        };
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        DateTimeOffset time => JsonValue.Create(time.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        Enum e => JsonValue.Create(e.ToString()),
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, ToJson(kv.Value)))),
        IDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, ToJson(kv.Value)))),
        IReadOnlyDictionary<string, string> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToJson).ToArray()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), ParameterOptions),
    };

    /// <summary>Parses a successful response: <c>data.fields</c>, <c>data.values</c>, <c>bookmarks</c>, <c>transaction.id</c>.</summary>
    public static (Neo4jQueryResult Result, string? TransactionId) ParseResult(JsonElement root)
    {
        var fields = new List<string>();
        var rows = new List<JsonElement[]>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f))
            {
                fields.AddRange(f.EnumerateArray().Select(x => x.GetString() ?? string.Empty));
            }

            if (data.TryGetProperty("values", out var values))
            {
                foreach (var row in values.EnumerateArray())
                {
                    // Rows are arrays of values; a one-field result can come back with the value itself.
                    rows.Add(row.ValueKind == JsonValueKind.Array ? row.EnumerateArray().Select(v => v.Clone()).ToArray() : [row.Clone()]);
                }
            }
        }

        var bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray()
            : [];
        var transactionId = root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id) ? id.GetString() : null;
        return (new Neo4jQueryResult(fields, rows, bookmarks), transactionId);
    }

    /// <summary>The first of <c>{"errors":[{"code","message"}]}</c>, or null when the body has none.</summary>
    public static Neo4jException? ParseError(JsonElement root, int httpStatus)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }

        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.DatabaseError.General.Unknown" : "Neo.DatabaseError.General.Unknown";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? code : code;
        return new Neo4jException(code, message, httpStatus);
    }
}
