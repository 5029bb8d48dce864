using System.Collections;

namespace SystemGraph.GraphQL.Utilities;

/// <summary>Recognises the CLR shapes of input values: maps (input objects) and lists.</summary>
public static class ValueShapes
{
    /// <summary>Reads a map-like value (generic or non-generic dictionary with string keys).</summary>
    public static bool TryGetMap(object? value, out IReadOnlyDictionary<string, object?> map)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                map = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                map = dictionary.AsReadOnly();
                return true;
            case IDictionary legacy:
                var copy = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in legacy)
                {
                    copy[entry.Key.ToString()!] = entry.Value;
                }

                map = copy;
                return true;
            default:
                map = null!;
                return false;
        }
    }

    /// <summary>Reads a list-like value (any enumerable except strings and maps).</summary>
    public static bool TryGetList(object? value, out IReadOnlyList<object?> list)
    {
        if (value is null or string || TryGetMap(value, out _) || value is not IEnumerable enumerable)
        {
            list = null!;
            return false;
        }

        list = value as IReadOnlyList<object?> ?? enumerable.Cast<object?>().ToList();
        return true;
    }
}
