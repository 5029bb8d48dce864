using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

public class VariableCoercionTests
{
    private static readonly GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        """
        type Query { f(i: Int, l: [Int!], o: In, e: Color): String }
        input In { req: String! opt: Int nested: In }
        enum Color { RED GREEN }
        """,
        o => o.AddResolver("Query.f", _ => "ok"));

    private static async Task<IReadOnlyList<string>> ErrorsAsync(string query, Dictionary<string, object?> variables)
    {
        var result = await ExecuteAsync(Schema, query, variables);
        Assert.False(result.HasData);
        Assert.All(result.Errors!, e => Assert.Equal(ErrorCodes.BadUserInput, e.Code));
        return result.Errors!.Select(e => e.Message).ToList();
    }

    [Fact]
    public async Task Rejects_missing_and_null_required_variables()
    {
        Assert.Equal(["Variable \"$a\" of required type \"Int!\" was not provided."], await ErrorsAsync("query ($a: Int!) { f(i: $a) }", []));
        Assert.Equal(["Variable \"$a\" of non-null type \"Int!\" must not be null."], await ErrorsAsync("query ($a: Int!) { f(i: $a) }", Vars(("a", null))));
    }

    [Fact]
    public async Task Reports_invalid_scalar_values()
    {
        Assert.Equal(
            ["Variable \"$a\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\""],
            await ErrorsAsync("query ($a: Int) { f(i: $a) }", Vars(("a", "x"))));
        Assert.Equal(
            ["Variable \"$l\" got invalid value null at \"l[1]\"; Expected non-nullable type \"Int!\" not to be null."],
            await ErrorsAsync("query ($l: [Int!]) { f(l: $l) }", Vars(("l", new List<object?> { 1, null }))));
    }

    [Fact]
    public async Task Reports_invalid_input_objects_with_paths_and_suggestions()
    {
        var errors = await ErrorsAsync(
            "query ($o: In) { f(o: $o) }",
            Vars(("o", new Dictionary<string, object?> { ["nested"] = new Dictionary<string, object?> { ["req"] = 1, ["op"] = 2 } })));
        Assert.Equal(
            [
                "Variable \"$o\" got invalid value { nested: { req: 1, op: 2 } }; Field \"req\" of required type \"String!\" was not provided.",
                "Variable \"$o\" got invalid value 1 at \"o.nested.req\"; String cannot represent a non string value: 1",
                "Variable \"$o\" got invalid value { req: 1, op: 2 } at \"o.nested\"; Field \"op\" is not defined by type \"In\". Did you mean \"opt\"?",
            ],
            errors);
        Assert.Equal(
            ["Variable \"$o\" got invalid value \"str\"; Expected type \"In\" to be an object."],
            await ErrorsAsync("query ($o: In) { f(o: $o) }", Vars(("o", "str"))));
    }

    [Fact]
    public async Task Reports_invalid_enum_values_and_non_input_types()
    {
        Assert.Equal(
            ["Variable \"$e\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum."],
            await ErrorsAsync("query ($e: Color) { f(e: $e) }", Vars(("e", "BLUE"))));
        var result = await ExecuteAsync(Schema, "query ($q: Query) { f }", Vars(("q", 1)));
        Assert.Equal("Variable \"$q\" expected value of type \"Query\" which cannot be used as an input type.", result.Errors!.Single().Message);
    }

    [Fact]
    public async Task A_single_value_coerces_to_a_list()
    {
        var result = await ExecuteAsync(Schema, "query ($l: [Int!]) { f(l: $l) }", Vars(("l", 3)));
        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task Errors_carry_the_variable_definition_location()
    {
        var result = await ExecuteAsync(Schema, "query (\n  $a: Int!\n) { f(i: $a) }", new Dictionary<string, object?>());
        Assert.Equal(new GraphQL.Language.SourceLocation(2, 3), result.Errors!.Single().Locations!.Single());
    }
}
