using System.Text.Json;

namespace SystemGraph.Graph.Changes;

/// <summary>
/// The fields that differ between two versions of a record, compared as JSON (camelCase fields, enum values
/// by their GraphQL names), so the audit log shows exactly what was stored. The version counter itself is left out.
/// </summary>
public static class FieldDiff
{
    /// <summary>camelCase fields and enum values by their GraphQL names (IN_FORCE, TRANSFERS_TO), as clients see them.</summary>
    private static readonly JsonSerializerOptions WireJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static IReadOnlyList<FieldChange> Compute<T>(T? before, T? after)
        where T : class
    {
        var old = Fields(before);
        var now = Fields(after);
        var changes = new List<FieldChange>();
        foreach (var name in old.Keys.Union(now.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(name);
            var becomes = now.GetValueOrDefault(name);
            if (!string.Equals(was, becomes, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(name, was, becomes));
            }
        }

        return changes;
    }

    private static Dictionary<string, string> Fields<T>(T? record)
        where T : class
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (record is null)
        {
            return fields;
        }

        var element = JsonSerializer.SerializeToElement(record, WireJson);
        foreach (var property in element.EnumerateObject())
        {
            // The id names the record already; the version is reported beside the fields.
            if (property.Name is "id" or "version" || IsEmpty(property.Value))
            {
                continue;
            }

            fields[property.Name] = property.Value.GetRawText();
        }

        return fields;
    }

    /// <summary>Empty lists and maps count as absent: "no aliases" and "aliases: []" are the same fact.</summary>
    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => !value.EnumerateObject().Any(),
        _ => false,
    };
}
