using System.Text.Json;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Changes;

/// <summary>
/// The fields that differ between two versions of a record, compared as they are journaled (camelCase JSON,
/// enums by name), so the audit log shows exactly what was stored. The version counter itself is left out.
/// </summary>
public static class FieldDiff
{
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

        var element = JsonSerializer.SerializeToElement(record, GraphJournal.JsonOptions);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "version" || IsEmpty(property.Value))
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
