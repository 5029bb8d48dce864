using System.Collections;
using System.Diagnostics.CodeAnalysis;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// The result of one object's selection set (§6.3 ExecuteSelectionSet): its values, in the order of the grouped field
/// set, read against that grouped field set's response keys. Every object completed with the same selection set
/// (each item of a list) shares the keys, so an object costs one array of values rather than a dictionary of its own:
/// the profile of the uncached queries (issue 21) had the per-object dictionaries among the largest allocations.
/// </summary>
internal sealed class ResultMap(OrderedDictionary<string, List<FieldNode>> fields, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public int Count => values.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => fields.Keys;

    public IEnumerable<object?> Values => values;

    /// <summary>The response key at <paramref name="index"/> (for the JSON writer, which walks by index).</summary>
    public string KeyAt(int index) => fields.GetAt(index).Key;

    /// <summary>The value at <paramref name="index"/>.</summary>
    public object? ValueAt(int index) => values[index];

    public bool ContainsKey(string key) => fields.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = fields.IndexOf(key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(KeyAt(i), values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
