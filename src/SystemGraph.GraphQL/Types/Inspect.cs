using System.Collections;
using System.Globalization;

namespace SystemGraph.GraphQL.Types;

/// <summary>Formats values for error messages as graphql-js's inspect() does.</summary>
public static class Inspect
{
    public static string Value(object? value) => value switch
    {
        null => "null",
        string s => System.Text.Json.JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => Number(d),
        float f => Number(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable n when IsNumber(n) => n.ToString(null, CultureInfo.InvariantCulture),
        GraphQLType t => t.ToString(),
        IDictionary dictionary => Dictionary(dictionary.Keys.Cast<object>().Select(k => (k.ToString()!, dictionary[k]))),
        IEnumerable<KeyValuePair<string, object?>> pairs => Dictionary(pairs.Select(p => (p.Key, p.Value))),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A double the way JavaScript prints it (1, 1.5, NaN, Infinity, 1e+21).</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
    }

    private static bool IsNumber(object value) => value is int or long or short or byte or sbyte or uint or ulong or ushort;

    private static string Dictionary(IEnumerable<(string Key, object? Value)> pairs)
    {
        var entries = pairs.Select(p => p.Key + ": " + Value(p.Value)).ToList();
        return entries.Count == 0 ? "{}" : "{ " + string.Join(", ", entries) + " }";
    }
}
