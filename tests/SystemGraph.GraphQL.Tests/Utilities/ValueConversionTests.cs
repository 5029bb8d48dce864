using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Utilities;

public class ValueConversionTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.BuildFromSdl("""
        type Query { f(i: In): Int }
        input In { a: Int! b: [String] = ["x"] c: Color nested: In }
        enum Color { RED GREEN }
        """);

    private static GraphQLType T(string reference) =>
        TypeHelpers.TypeFromAst(Schema, Parser.ParseType(reference)) ?? Scalars.ByName(reference)!;

    private static (bool Ok, object? Value) FromAst(string literal, string type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var ok = ValueFromAst.TryConvert(Parser.ParseValue(literal), T(type), variables, out var value);
        return (ok, value);
    }

    [Fact]
    public void Converts_valid_literals()
    {
        Assert.Equal((true, (object?)5), FromAst("5", "Int"));
        Assert.Equal((true, (object?)null), FromAst("null", "Int"));
        Assert.Equal("[1, 2]", Inspect.Value(FromAst("[1, 2]", "[Int]").Value));
        Assert.Equal("[3]", Inspect.Value(FromAst("3", "[Int!]!").Value));
        Assert.Equal("{ a: 1, b: [\"x\"], c: \"RED\" }", Inspect.Value(FromAst("{a: 1, c: RED}", "In").Value));
        Assert.Equal("{ a: 7, b: [\"x\"] }", Inspect.Value(FromAst("{a: $v}", "In", new Dictionary<string, object?> { ["v"] = 7 }).Value));
        Assert.Equal("[1, null]", Inspect.Value(FromAst("[1, $missing]", "[Int]", new Dictionary<string, object?>()).Value));
    }

    [Theory]
    [InlineData("\"5\"", "Int")]
    [InlineData("null", "Int!")]
    [InlineData("[1, \"x\"]", "[Int]")]
    [InlineData("{b: [\"y\"]}", "In")]
    [InlineData("{a: 1, unknown: 2}", "In")]
    [InlineData("BLUE", "Color")]
    [InlineData("\"RED\"", "Color")]
    [InlineData("$missing", "Int")]
    [InlineData("[1, $missing]", "[Int!]")]
    public void Rejects_invalid_literals(string literal, string type) => Assert.False(FromAst(literal, type, new Dictionary<string, object?>()).Ok);

    [Fact]
    public void Converts_untyped_literals()
    {
        var value = ValueFromAst.Untyped(Parser.ParseValue("{a: [1, 2.5, \"s\", true, null, ENUM, 9000000000], v: $v}"), new Dictionary<string, object?> { ["v"] = "var" });
        Assert.Equal("{ a: [1, 2.5, \"s\", true, null, \"ENUM\", 9000000000], v: \"var\" }", Inspect.Value(value));
    }

    [Theory]
    [InlineData(5, "Int", "5")]
    [InlineData(1.5, "Float", "1.5")]
    [InlineData(2.0, "Float", "2")]
    [InlineData("s\n", "String", "\"s\\n\"")]
    [InlineData("123", "ID", "123")]
    [InlineData("abc", "ID", "\"abc\"")]
    [InlineData(true, "Boolean", "true")]
    [InlineData("RED", "Color", "RED")]
    [InlineData(null, "Int", "null")]
    public void Converts_internal_values_to_literals(object? value, string type, string printed) =>
        Assert.Equal(printed, Printer.Print(AstFromValue.Convert(value, T(type))!));

    [Fact]
    public void Converts_lists_and_input_objects_to_literals()
    {
        Assert.Equal("[1, 2]", Printer.Print(AstFromValue.Convert(new[] { 1, 2 }, T("[Int]"))!));
        Assert.Equal("1", Printer.Print(AstFromValue.Convert(1, T("[Int]"))!));
        Assert.Null(AstFromValue.Convert(null, T("Int!")));
        var input = new Dictionary<string, object?> { ["a"] = 1, ["c"] = "GREEN", ["nested"] = null };
        Assert.Equal("{a: 1, c: GREEN, nested: null}", Printer.Print(AstFromValue.Convert(input, T("In"))!));
    }

    [Fact]
    public void Coerces_external_values_and_collects_every_error()
    {
        var errors = new List<string>();
        var value = CoerceInputValue.Coerce(
            new Dictionary<string, object?> { ["a"] = "x", ["c"] = "BLUE", ["extra"] = 1 },
            T("In"),
            (path, invalid, error) => errors.Add($"{string.Join('.', path)}: {error.Message}"));
        Assert.Equal(
            [
                "a: Int cannot represent non-integer value: \"x\"",
                "c: Value \"BLUE\" does not exist in \"Color\" enum.",
                ": Field \"extra\" is not defined by type \"In\".",
            ],
            errors);
        Assert.NotNull(value);
        Assert.Equal("{ a: 1, b: [\"x\"] }", Inspect.Value(CoerceInputValue.Coerce(new Dictionary<string, object?> { ["a"] = 1 }, T("In"))));
        Assert.Throws<GraphQL.Error.GraphQLException>(() => CoerceInputValue.Coerce(null, T("In!")));
    }

    [Fact]
    public void Suggests_close_names_like_graphql_js()
    {
        Assert.Equal(["abc", "ab"], Suggestions.List("abd", ["ab", "abc", "xyz"]).Reverse().Reverse().OrderBy(x => x.Length == 2).ToList());
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", Suggestions.DidYouMean(["a", "b", "c", "d", "e", "f"]));
        Assert.Equal(" Did you mean the field \"x\" or \"y\"?", Suggestions.DidYouMean("the field", ["x", "y"]));
        Assert.Equal(string.Empty, Suggestions.DidYouMean([]));
        Assert.Equal(["item2", "item10"], Suggestions.List("item", ["item10", "item2"]));
    }
}
