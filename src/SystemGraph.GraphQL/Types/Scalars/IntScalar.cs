using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>Int (§3.5.1): a signed 32-bit integer. Internal value: <see cref="int"/>.</summary>
internal sealed class IntScalar : ScalarType
{
    public IntScalar()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <summary>Result coercion: integral numbers in range, booleans as 1/0, numeric strings.</summary>
    public override object? Serialize(object? value)
    {
        if (value is bool b)
        {
            return b ? 1 : 0;
        }

        double number;
        if (value is string s && s.Length > 0)
        {
            number = NumberConversions.ParseJsNumber(s);
        }
        else if (!NumberConversions.TryGetNumber(value, out number))
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        if (!NumberConversions.IsInteger(number))
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        }

        return (int)number;
    }

    /// <summary>Input coercion: only integral numbers in range (no strings, no booleans).</summary>
    public override object? ParseValue(object? value)
    {
        if (value is bool || !NumberConversions.TryGetNumber(value, out var number) || !NumberConversions.IsInteger(number))
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        }

        return (int)number;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is not IntValueNode intNode)
        {
            throw LiteralError($"Int cannot represent non-integer value: {Printer.Print(valueNode)}", valueNode);
        }

        if (!int.TryParse(intNode.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var result))
        {
            throw LiteralError($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", valueNode);
        }

        return result;
    }
}
