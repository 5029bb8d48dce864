using System.Text.RegularExpressions;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Utilities;

/// <summary>Produces a literal from an internal value and its input type (graphql-js's astFromValue), e.g. for default values.</summary>
public static partial class AstFromValue
{
    /// <summary>The literal for <paramref name="value"/>, or null when it cannot be represented.</summary>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (ValueShapes.TryGetList(value, out var items))
                {
                    return new ListValueNode { Values = items.Select(i => Convert(i, list.OfType)).OfType<ValueNode>().ToList() };
                }

                return Convert(value, list.OfType);
            case InputObjectType input:
                if (!ValueShapes.TryGetMap(value, out var map))
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields.Values)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode(field.Name), Value = fieldNode });
                    }
                }

                return new ObjectValueNode { Fields = fields };
            case EnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };
            case ScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);
            default:
                return null;
        }
    }

    private static ValueNode? FromSerialized(object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode { Value = b };
            case string s:
                if (scalar.Name == "ID" && IntegerPattern().IsMatch(s))
                {
                    return new IntValueNode { Value = s };
                }

                return new StringValueNode { Value = s };
        }

        if (NumberConversions.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = serialized is double or float or decimal ? Inspect.Number(number) : Inspect.Value(serialized);
            return IntegerPattern().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }

        // Custom scalars serialising to lists or maps become untyped literals.
        if (ValueShapes.TryGetMap(serialized, out var map))
        {
            return new ObjectValueNode
            {
                Fields = map.Select(p => new ObjectFieldNode { Name = new NameNode(p.Key), Value = FromSerialized(p.Value, scalar) ?? new NullValueNode() }).ToList(),
            };
        }

        if (ValueShapes.TryGetList(serialized, out var list))
        {
            return new ListValueNode { Values = list.Select(i => FromSerialized(i, scalar) ?? new NullValueNode()).ToList() };
        }

        throw new InvalidOperationException($"Cannot convert value to AST: {Inspect.Value(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
