using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>ID (§3.5.5): a unique identifier, serialised as a string. Internal value: <see cref="string"/>.</summary>
internal sealed class IdScalar : ScalarType
{
    public IdScalar()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    public override object? Serialize(object? value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when value is not bool && NumberConversions.TryGetNumber(value, out var n) && NumberConversions.IsInteger(n) => Integral(value!, n),
        _ => throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        string s => s,
        _ when value is not bool && NumberConversions.TryGetNumber(value, out var n) && NumberConversions.IsInteger(n) => Integral(value!, n),
        _ => throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw LiteralError("ID cannot represent a non-string and non-integer value: " + Printer.Print(valueNode), valueNode),
    };

    private static string Integral(object value, double number) =>
        value is double or float ? Inspect.Number(number) : Inspect.Value(value);
}
