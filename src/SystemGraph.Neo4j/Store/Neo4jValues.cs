using System.Globalization;
using System.Text.Json;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Reads values out of Query API results. Accepts both result formats: plain JSON (the client's default) and
/// typed JSON, where every value is wrapped as <c>{"$type": "String", "_value": ...}</c> and integers and
/// floats come as strings. Unwrapping here means the mapper does not care which one the server sent.
/// </summary>
internal static class Neo4jValues
{
    /// <summary>The value itself: typed wrappers removed, null for JSON null or a missing value.</summary>
    public static JsonElement? Unwrap(JsonElement element)
    {
        var current = element;
        while (current.ValueKind == JsonValueKind.Object && current.TryGetProperty("$type", out _) && current.TryGetProperty("_value", out var inner))
        {
            current = inner;
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    /// <summary>A property of a map (a map projection such as <c>e {.*}</c>), unwrapped; null when absent or null.</summary>
    public static JsonElement? Property(JsonElement map, string name)
    {
        if (Unwrap(map) is not { ValueKind: JsonValueKind.Object } unwrapped)
        {
            return null;
        }

        return unwrapped.TryGetProperty(name, out var value) ? Unwrap(value) : null;
    }

    public static string? String(JsonElement map, string name) => Property(map, name) is { } value
        ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
        : null;

    public static string RequiredString(JsonElement map, string name) =>
        String(map, name) ?? throw new FormatException($"Neo4j returned a record without '{name}'.");

    public static bool? Bool(JsonElement map, string name) => Property(map, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } s => bool.TryParse(s.GetString(), out var b) ? b : null,
        _ => null,
    };

    public static long? Long(JsonElement map, string name) => Property(map, name) is { } value ? ToLong(value) : null;

    public static decimal? Decimal(JsonElement map, string name) => Property(map, name) switch
    {
        { ValueKind: JsonValueKind.Number } n => n.TryGetDecimal(out var d) ? d : (decimal)n.GetDouble(),
        { ValueKind: JsonValueKind.String } s => decimal.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        _ => null,
    };

    public static DateOnly? Date(JsonElement map, string name) =>
        String(map, name) is { } text && DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public static IReadOnlyList<string> StringList(JsonElement map, string name) => Property(map, name) is { ValueKind: JsonValueKind.Array } list
        ? list.EnumerateArray().Select(Unwrap).Where(v => v is not null).Select(v => v!.Value.ValueKind == JsonValueKind.String ? v.Value.GetString()! : v.Value.GetRawText()).ToArray()
        : [];

    /// <summary>A whole number from a result cell, or null when the cell is null.</summary>
    public static long? LongOrNull(JsonElement cell) => Unwrap(cell) is { } value ? ToLong(value) : null;

    /// <summary>A number cell (plain: a JSON number; typed: a string), null when null.</summary>
    public static double? DoubleOrNull(JsonElement cell) => Unwrap(cell) switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        { ValueKind: JsonValueKind.String } s => double.Parse(s.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
        null => null,
        { } other => throw new FormatException($"Expected a number from Neo4j, got {other.ValueKind}."),
    };

    /// <summary>A whole-number value (plain: a JSON number; typed: a string).</summary>
    public static long ToLong(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetInt64(out var l) ? l : (long)value.GetDouble(),
        JsonValueKind.String => long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"Expected a number from Neo4j, got {value.ValueKind}."),
    };
}
