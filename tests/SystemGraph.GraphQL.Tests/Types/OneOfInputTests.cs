using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Types;

/// <summary>@oneOf input objects, as graphql-js 16.9+ supports them.</summary>
public class OneOfInputTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        """
        type Query { find(by: By!): String }
        input By @oneOf { id: ID name: String }
        """,
        o => o.AddResolver("Query.find", c => Inspect.Value(c.Arguments["by"])));

    [Fact]
    public void Builds_prints_and_introspects_one_of_inputs()
    {
        Assert.True(((InputObjectType)Schema.GetType("By")!).IsOneOf);
        Assert.Contains("input By @oneOf {", SchemaPrinter.Print(Schema), StringComparison.Ordinal);
        Assert.Equal(
            ["OneOf input field Bad.a must be nullable.", "OneOf input field Bad.b cannot have a default value."],
            SchemaBuilder.BuildFromSdl("type Query { f(x: Bad): Int }\ninput Bad @oneOf { a: Int! b: Int = 1 }", o => o.AssumeValid = true).Validate().Select(e => e.Message));
    }

    [Theory]
    [InlineData("{ find(by: {id: 1, name: \"x\"}) }", "OneOf Input Object \"By\" must specify exactly one key.")]
    [InlineData("{ find(by: {}) }", "OneOf Input Object \"By\" must specify exactly one key.")]
    [InlineData("{ find(by: {id: null}) }", "Field \"By.id\" must be non-null.")]
    [InlineData("query ($i: ID) { find(by: {id: $i}) }", "Variable \"i\" must be non-nullable to be used for OneOf Input Object \"By\".")]
    public void Validation_refuses_literals_that_do_not_name_exactly_one_non_null_field(string query, string message)
    {
        var errors = SystemGraph.GraphQL.Validation.DocumentValidator.Validate(Schema, SystemGraph.GraphQL.Language.Parser.Parse(query));

        Assert.Equal(message, Assert.Single(errors).Message);
    }

    [Fact]
    public void Validation_accepts_one_field_or_a_non_null_variable()
    {
        foreach (var query in new[] { "{ find(by: {name: \"x\"}) }", "query ($i: ID!) { find(by: {id: $i}) }", "query ($b: By!) { find(by: $b) }" })
        {
            Assert.Empty(SystemGraph.GraphQL.Validation.DocumentValidator.Validate(Schema, SystemGraph.GraphQL.Language.Parser.Parse(query)));
        }
    }

    [Fact]
    public async Task Accepts_exactly_one_non_null_field()
    {
        Assert.Equal(J("{'data':{'find':'{ id: \\u00221\\u0022 }'}}"), await JsonAsync(Schema, "{ find(by: {id: 1}) }"));
        var two = await ExecuteAsync(Schema, "{ find(by: {id: 1, name: \"x\"}) }");
        Assert.Equal("Argument \"by\" has invalid value {id: 1, name: \"x\"}.", two.Errors!.Single().Message);
        var variables = await ExecuteAsync(Schema, "query ($b: By!) { find(by: $b) }", Vars(("b", new Dictionary<string, object?> { ["id"] = null })));
        Assert.Equal("Variable \"$b\" got invalid value null at \"b.id\"; Field \"id\" must be non-null.", variables.Errors!.Single().Message);
        var none = await ExecuteAsync(Schema, "query ($b: By!) { find(by: $b) }", Vars(("b", new Dictionary<string, object?>())));
        Assert.Equal(ErrorCodes.BadUserInput, none.Errors!.Single().Code);
        Assert.Equal("Variable \"$b\" got invalid value {}; Exactly one key must be specified for OneOf type \"By\".", none.Errors!.Single().Message);
    }

    [Fact]
    public async Task Introspection_reports_is_one_of()
    {
        Assert.Equal(
            J("{'data':{'by':{'isOneOf':true},'query':{'isOneOf':null}}}"),
            await JsonAsync(Schema, "{ by: __type(name: \"By\") { isOneOf } query: __type(name: \"Query\") { isOneOf } }"));
    }
}
