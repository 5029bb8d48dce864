using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>Boolean (§3.5.4): true or false. Internal value: <see cref="bool"/>.</summary>
internal sealed class BooleanScalar : ScalarType
{
    public BooleanScalar()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    public override object? Serialize(object? value)
    {
        if (value is bool b)
        {
            return b;
        }

        if (value is not bool && NumberConversions.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");
    }

    public override object? ParseValue(object? value) =>
        value is bool b ? b : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is BooleanValueNode b ? b.Value : throw LiteralError($"Boolean cannot represent a non boolean value: {Printer.Print(valueNode)}", valueNode);
}
