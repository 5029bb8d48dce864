using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>Float (§3.5.2): a finite double-precision number. Internal value: <see cref="double"/>.</summary>
internal sealed class FloatScalar : ScalarType
{
    public FloatScalar()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    public override object? Serialize(object? value)
    {
        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        double number;
        if (value is string s && s.Length > 0)
        {
            number = NumberConversions.ParseJsNumber(s);
        }
        else if (!NumberConversions.TryGetNumber(value, out number))
        {
            throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
        }

        if (!double.IsFinite(number))
        {
            throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
        }

        return number;
    }

    public override object? ParseValue(object? value)
    {
        if (value is bool || !NumberConversions.TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
        }

        return number;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = valueNode switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw LiteralError($"Float cannot represent non numeric value: {Printer.Print(valueNode)}", valueNode),
        };
        return double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }
}
