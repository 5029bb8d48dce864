using System.Globalization;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>
/// Date: an ISO 8601 calendar date <c>yyyy-MM-dd</c>. Internal value: <see cref="DateOnly"/>; serialises
/// DateOnly, DateTime, DateTimeOffset and valid date strings.
/// </summary>
public sealed class DateScalar : ScalarType
{
    private const string Format = "yyyy-MM-dd";

    public DateScalar(string name = "Date", string? description = "ISO-8601 calendar date, e.g. 2022-07-01.")
        : base(name, description)
    {
    }

    public override object? Serialize(object? value) => value switch
    {
        DateOnly d => d.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dt => DateOnly.FromDateTime(dt).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime).ToString(Format, CultureInfo.InvariantCulture),
        string s when TryParse(s, out var d) => d.ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"{Name} cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        string s when TryParse(s, out var d) => d,
        DateOnly d => d,
        _ => throw new GraphQLException($"{Name} cannot represent a non ISO-8601 date value: {Inspect.Value(value)}"),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s && TryParse(s.Value, out var d)
            ? d
            : throw LiteralError($"{Name} cannot represent a non ISO-8601 date value: {Printer.Print(valueNode)}", valueNode);

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
