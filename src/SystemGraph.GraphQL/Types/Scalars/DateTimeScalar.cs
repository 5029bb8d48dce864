using System.Globalization;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>
/// DateTime: an ISO 8601 date and time with an offset (<c>2022-07-01T09:30:00+01:00</c> or <c>...Z</c>).
/// Internal value: <see cref="DateTimeOffset"/>. Inputs without an offset are rejected.
/// </summary>
public sealed class DateTimeScalar : ScalarType
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    public DateTimeScalar(string name = "DateTime", string? description = "ISO-8601 date and time with offset.")
        : base(name, description)
    {
    }

    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset dto => Format(dto),
        DateTime dt => Format(dt.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)) : new DateTimeOffset(dt)),
        string s when TryParse(s, out var dto) => Format(dto),
        _ => throw new GraphQLException($"{Name} cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        string s when TryParse(s, out var dto) => dto,
        DateTimeOffset dto => dto,
        _ => throw new GraphQLException($"{Name} cannot represent a non ISO-8601 date-time value: {Inspect.Value(value)}"),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s && TryParse(s.Value, out var dto)
            ? dto
            : throw LiteralError($"{Name} cannot represent a non ISO-8601 date-time value: {Printer.Print(valueNode)}", valueNode);

    private static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out DateTimeOffset value)
    {
        // An offset (Z or ±hh:mm) is required: a local time without one is ambiguous.
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') ||
            (text.Length > 6 && (text[^6] == '+' || text[^6] == '-') && text[^3] == ':');
        value = default;
        return hasOffset && DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
