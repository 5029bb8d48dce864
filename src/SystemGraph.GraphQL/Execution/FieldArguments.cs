using System.Runtime.CompilerServices;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// CoerceArgumentValues (§6.4.1) for the executor's field path, done once per field node where the answer cannot change:
/// a field without arguments gets one shared empty map, and a field whose argument literals name no variable is
/// coerced the first time it runs and the result kept beside its (cached) document's field node, as the request limits
/// keep an operation's cost. Only arguments that read variables are coerced on every execution. The profile of the
/// uncached queries (issue 21) showed a fresh map coerced for every field of every object of the response.
/// </summary>
/// <remarks>
/// A kept map is shared by every execution of the document, so resolvers must treat argument values as read-only
/// (<see cref="IResolveFieldContext.Arguments"/> is a read-only view). Coercion that fails is never kept: it fails
/// again, with the same located error, the next time.
/// </remarks>
internal static class FieldArguments
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>(StringComparer.Ordinal).AsReadOnly();

    /// <summary>Coerced arguments by field node; the entry names the field definition it was coerced for.</summary>
    private static readonly ConditionalWeakTable<FieldNode, Kept> KeptByNode = [];

    public static IReadOnlyDictionary<string, object?> Coerce(FieldDefinition field, FieldNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (field.Arguments.Count == 0)
        {
            return None;
        }

        if (KeptByNode.TryGetValue(node, out var kept) && ReferenceEquals(kept.Field, field))
        {
            return kept.Values;
        }

        var values = Values.CoerceArgumentValues(field.Arguments, node.Arguments, variables, node);
        if (!node.Arguments.Any(a => NamesVariable(a.Value)))
        {
            // One field node can be executed for several field definitions (an interface's field selected through
            // it on different object types): the last one is kept, and the others are coerced as before.
            var keep = new Kept(field, values.AsReadOnlyMap());
            KeptByNode.AddOrUpdate(node, keep);
            return keep.Values;
        }

        return values;
    }

    private static IReadOnlyDictionary<string, object?> AsReadOnlyMap(this IReadOnlyDictionary<string, object?> values) =>
        values is Dictionary<string, object?> map ? map.AsReadOnly() : values;

    /// <summary>True when a literal reads a variable anywhere inside it (§2.10: a variable may appear in a list or input object).</summary>
    private static bool NamesVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(NamesVariable),
        ObjectValueNode map => map.Fields.Any(f => NamesVariable(f.Value)),
        _ => false,
    };

    private sealed record Kept(FieldDefinition Field, IReadOnlyDictionary<string, object?> Values);
}
