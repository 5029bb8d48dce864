using System.Globalization;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Utilities;

/// <summary>
/// Produces an internal value from a literal for an expected input type (graphql-js's valueFromAST; the
/// literal half of §6.4.1 CoerceArgumentValues). Returns false when the literal is invalid for the type.
/// </summary>
public static class ValueFromAst
{
    /// <summary>Coerces <paramref name="valueNode"/> to <paramref name="type"/>; false when invalid.</summary>
    public static bool TryConvert(ValueNode? valueNode, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        switch (valueNode)
        {
            case null:
                return false;
            case VariableNode variable:
                if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    return false;
                }

                if (variableValue is null && type is NonNullType)
                {
                    return false;
                }

                value = variableValue;
                return true;
        }

        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode && TryConvert(valueNode, nonNull.OfType, variables, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryConvertList(valueNode, list, variables, out value);
            case InputObjectType input:
                return TryConvertObject(valueNode, input, variables, out value);
            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(valueNode);
                    return true;
                }
                catch (Error.GraphQLException)
                {
                    return false;
                }

            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(valueNode, variables);
                    return true;
                }
#pragma warning disable CA1031 // A custom scalar may throw anything for an invalid literal: the literal is then invalid.
                catch (Exception)
#pragma warning restore CA1031
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>Converts a literal without a type (graphql-js's valueFromASTUntyped).</summary>
    public static object? Untyped(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small) ? small
            : long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large) ? large
            : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode l => l.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode o => ToMap(o.Fields.Select(f => (f.Name.Value, Untyped(f.Value, variables)))),
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => throw new ArgumentException("Unknown value node " + valueNode.Kind, nameof(valueNode)),
    };

    private static OrderedDictionary<string, object?> ToMap(IEnumerable<(string Key, object? Value)> pairs)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }

        return map;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    private static bool TryConvertList(ValueNode valueNode, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        var itemType = list.OfType;
        if (valueNode is not ListValueNode listNode)
        {
            // Input coercion of lists: a single value becomes a list of one (§3.11).
            if (!TryConvert(valueNode, itemType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(listNode.Values.Count);
        foreach (var itemNode in listNode.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is NonNullType)
                {
                    return false;
                }

                items.Add(null);
                continue;
            }

            if (!TryConvert(itemNode, itemType, variables, out var item))
            {
                return false;
            }

            items.Add(item);
        }

        value = items;
        return true;
    }

    private static bool TryConvertObject(ValueNode valueNode, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (input.GetField(fieldNode.Name.Value) is null)
            {
                return false;
            }

            fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode);
        }

        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryConvert(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        // A OneOf input object needs exactly one non-null field.
        if (input.IsOneOf && (result.Count != 1 || result.GetAt(0).Value is null))
        {
            return false;
        }

        value = result;
        return true;
    }
}
