using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Tests.Types;

public class ScalarCoercionTests
{
    private static string SerializeError(ScalarType type, object? value) =>
        Assert.Throws<GraphQLException>(() => type.Serialize(value)).Message;

    private static string ParseValueError(ScalarType type, object? value) =>
        Assert.Throws<GraphQLException>(() => type.ParseValue(value)).Message;

    private static string ParseLiteralError(ScalarType type, string literal) =>
        Assert.Throws<GraphQLException>(() => type.ParseLiteral(Parser.ParseValue(literal))).Message;

    [Fact]
    public void Int_result_coercion()
    {
        Assert.Equal(1, Scalars.Int.Serialize(1));
        Assert.Equal(123, Scalars.Int.Serialize(123L));
        Assert.Equal(1, Scalars.Int.Serialize(1.0));
        Assert.Equal(-5, Scalars.Int.Serialize("-5"));
        Assert.Equal(1, Scalars.Int.Serialize(true));
        Assert.Equal(0, Scalars.Int.Serialize(false));
        Assert.Equal("Int cannot represent non-integer value: 1.5", SerializeError(Scalars.Int, 1.5));
        Assert.Equal("Int cannot represent non-integer value: \"abc\"", SerializeError(Scalars.Int, "abc"));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", SerializeError(Scalars.Int, 2147483648L));
        Assert.Equal("Int cannot represent non-integer value: NaN", SerializeError(Scalars.Int, double.NaN));
    }

    [Fact]
    public void Int_input_coercion()
    {
        Assert.Equal(1, Scalars.Int.ParseValue(1));
        Assert.Equal(1, Scalars.Int.ParseValue(1.0));
        Assert.Equal("Int cannot represent non-integer value: 1.5", ParseValueError(Scalars.Int, 1.5));
        Assert.Equal("Int cannot represent non-integer value: \"1\"", ParseValueError(Scalars.Int, "1"));
        Assert.Equal("Int cannot represent non-integer value: true", ParseValueError(Scalars.Int, true));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 9007199254740991", ParseValueError(Scalars.Int, 9007199254740991L));
        Assert.Equal(-2147483648, Scalars.Int.ParseLiteral(Parser.ParseValue("-2147483648")));
        Assert.Equal("Int cannot represent non-integer value: 1.5", ParseLiteralError(Scalars.Int, "1.5"));
        Assert.Equal("Int cannot represent non-integer value: \"1\"", ParseLiteralError(Scalars.Int, "\"1\""));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", ParseLiteralError(Scalars.Int, "2147483648"));
    }

    [Fact]
    public void Float_coercion()
    {
        Assert.Equal(1.5, Scalars.Float.Serialize(1.5));
        Assert.Equal(2d, Scalars.Float.Serialize(2));
        Assert.Equal(-1.1, Scalars.Float.Serialize("-1.1"));
        Assert.Equal(1d, Scalars.Float.Serialize(true));
        Assert.Equal("Float cannot represent non numeric value: Infinity", SerializeError(Scalars.Float, double.PositiveInfinity));
        Assert.Equal("Float cannot represent non numeric value: \"one\"", SerializeError(Scalars.Float, "one"));
        Assert.Equal(3d, Scalars.Float.ParseValue(3));
        Assert.Equal("Float cannot represent non numeric value: \"1.5\"", ParseValueError(Scalars.Float, "1.5"));
        Assert.Equal(1d, Scalars.Float.ParseLiteral(Parser.ParseValue("1")));
        Assert.Equal(1.5e3, Scalars.Float.ParseLiteral(Parser.ParseValue("1.5e3")));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", ParseLiteralError(Scalars.Float, "\"1\""));
    }

    [Fact]
    public void String_coercion()
    {
        Assert.Equal("s", Scalars.String.Serialize("s"));
        Assert.Equal("true", Scalars.String.Serialize(true));
        Assert.Equal("42", Scalars.String.Serialize(42));
        Assert.Equal("1.5", Scalars.String.Serialize(1.5));
        Assert.Equal("String cannot represent value: [1, 2]", SerializeError(Scalars.String, new[] { 1, 2 }));
        Assert.Equal("String cannot represent a non string value: 1", ParseValueError(Scalars.String, 1));
        Assert.Equal("String cannot represent a non string value: 1", ParseLiteralError(Scalars.String, "1"));
        Assert.Equal("x", Scalars.String.ParseLiteral(Parser.ParseValue("\"\"\"x\"\"\"")));
    }

    [Fact]
    public void Boolean_coercion()
    {
        Assert.Equal(true, Scalars.Boolean.Serialize(true));
        Assert.Equal(false, Scalars.Boolean.Serialize(0));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", SerializeError(Scalars.Boolean, "true"));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", ParseValueError(Scalars.Boolean, 1));
        Assert.Equal("Boolean cannot represent a non boolean value: TRUE", ParseLiteralError(Scalars.Boolean, "TRUE"));
    }

    [Fact]
    public void ID_coercion()
    {
        Assert.Equal("a", Scalars.ID.Serialize("a"));
        Assert.Equal("12", Scalars.ID.Serialize(12));
        Assert.Equal("12", Scalars.ID.Serialize(12L));
        Assert.Equal("ID cannot represent value: 1.5", SerializeError(Scalars.ID, 1.5));
        Assert.Equal("ID cannot represent value: true", SerializeError(Scalars.ID, true));
        Assert.Equal("7", Scalars.ID.ParseValue(7));
        Assert.Equal("ID cannot represent value: 1.5", ParseValueError(Scalars.ID, 1.5));
        Assert.Equal("7", Scalars.ID.ParseLiteral(Parser.ParseValue("7")));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", ParseLiteralError(Scalars.ID, "1.5"));
    }

    [Fact]
    public void Date_scalar_accepts_only_iso_calendar_dates()
    {
        var date = new DateScalar();
        Assert.Equal("2022-07-01", date.Serialize(new DateOnly(2022, 7, 1)));
        Assert.Equal("2022-07-01", date.Serialize(new DateTime(2022, 7, 1, 13, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2022, 7, 1), date.ParseValue("2022-07-01"));
        Assert.Equal(new DateOnly(2024, 2, 29), date.ParseLiteral(Parser.ParseValue("\"2024-02-29\"")));
        Assert.Throws<GraphQLException>(() => date.ParseValue("2023-02-29"));
        Assert.Throws<GraphQLException>(() => date.ParseValue("01/07/2022"));
        Assert.Throws<GraphQLException>(() => date.ParseLiteral(Parser.ParseValue("20220701")));
        Assert.Throws<GraphQLException>(() => date.Serialize(42));
    }

    [Fact]
    public void DateTime_scalar_requires_an_offset()
    {
        var dateTime = new DateTimeScalar();
        var value = new DateTimeOffset(2022, 7, 1, 9, 30, 0, TimeSpan.FromHours(1));
        Assert.Equal("2022-07-01T09:30:00+01:00", dateTime.Serialize(value));
        Assert.Equal("2022-07-01T08:30:00Z", dateTime.Serialize(value.ToUniversalTime()));
        Assert.Equal(value, dateTime.ParseValue("2022-07-01T09:30:00+01:00"));
        Assert.Equal(value, dateTime.ParseValue("2022-07-01T08:30:00.000Z"));
        Assert.Throws<GraphQLException>(() => dateTime.ParseValue("2022-07-01T09:30:00"));
        Assert.Throws<GraphQLException>(() => dateTime.ParseValue("2022-07-01"));
        Assert.Throws<GraphQLException>(() => dateTime.ParseLiteral(Parser.ParseValue("1")));
    }

    [Fact]
    public void Enum_coercion_with_suggestions()
    {
        var color = new EnumType("Color");
        color.Value("RED");
        color.Value("GREEN");
        Assert.Equal("RED", color.Serialize("RED"));
        Assert.Equal("RED", color.ParseValue("RED"));
        Assert.Equal("Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?",
            Assert.Throws<GraphQLException>(() => color.ParseValue("GREN")).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-string value: 1.",
            Assert.Throws<GraphQLException>(() => color.ParseValue(1)).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert.Throws<GraphQLException>(() => color.ParseLiteral(Parser.ParseValue("\"RED\""))).Message);
        Assert.Equal("Enum \"Color\" cannot represent value: \"BLUE\"", Assert.Throws<GraphQLException>(() => color.Serialize("BLUE")).Message);
    }

    private enum Planet
    {
        Earth,
        GasGiant,
    }

    [Fact]
    public void Enum_from_clr_enum_uses_upper_snake_names()
    {
        var planet = EnumType.FromClrEnum<Planet>();
        Assert.Equal(["EARTH", "GAS_GIANT"], planet.Values.Select(v => v.Name));
        Assert.Equal("GAS_GIANT", planet.Serialize(Planet.GasGiant));
        Assert.Equal(Planet.Earth, planet.ParseValue("EARTH"));
    }
}
