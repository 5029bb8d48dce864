using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>String (§3.5.3): a sequence of Unicode characters. Internal value: <see cref="string"/>.</summary>
internal sealed class StringScalar : ScalarType
{
    public StringScalar()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    public override object? Serialize(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        Guid g => g.ToString(),
        double d when double.IsFinite(d) => Inspect.Number(d),
        float f when float.IsFinite(f) => Inspect.Number(f),
        _ when value is not double and not float && NumberConversions.TryGetNumber(value, out _) => Inspect.Value(value),
        _ => throw new GraphQLException($"String cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object? value) =>
        value as string ?? throw new GraphQLException($"String cannot represent a non string value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s ? s.Value : throw LiteralError($"String cannot represent a non string value: {Printer.Print(valueNode)}", valueNode);
}
