using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

public class FragmentAndDirectiveTests
{
    private static readonly GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        "type Query { a: String b: String c: Query }",
        o => o.AddResolver("Query.a", _ => "A").AddResolver("Query.b", _ => "B").AddResolver("Query.c", _ => new object()));

    [Theory]
    [InlineData("{ a @skip(if: true) b }", "{'data':{'b':'B'}}")]
    [InlineData("{ a @skip(if: false) b @include(if: false) }", "{'data':{'a':'A'}}")]
    [InlineData("{ a @include(if: true) @skip(if: true) b }", "{'data':{'b':'B'}}")]
    [InlineData("{ ... @skip(if: true) { a } b }", "{'data':{'b':'B'}}")]
    [InlineData("{ ...F @include(if: false) b } fragment F on Query { a }", "{'data':{'b':'B'}}")]
    [InlineData("{ ...F ...F b } fragment F on Query { a }", "{'data':{'a':'A','b':'B'}}")]
    [InlineData("{ b ... on Query { a c { a } } c { b } }", "{'data':{'b':'B','a':'A','c':{'a':'A','b':'B'}}}")]
    [InlineData("{ x: a x: a }", "{'data':{'x':'A'}}")]
    public async Task Collects_fields_with_fragments_and_skip_include(string query, string expected) =>
        Assert.Equal(J(expected), await JsonAsync(Schema, query));

    [Fact]
    public async Task Directive_arguments_take_variables()
    {
        var query = "query ($skip: Boolean!) { a @skip(if: $skip) b }";
        Assert.Equal(J("{'data':{'b':'B'}}"), await JsonAsync(Schema, query, Vars(("skip", true))));
        Assert.Equal(J("{'data':{'a':'A','b':'B'}}"), await JsonAsync(Schema, query, Vars(("skip", false))));
    }

    [Fact]
    public async Task Selects_the_operation_by_name()
    {
        var document = "query One { a } query Two { b }";
        Assert.Equal("{\"data\":{\"b\":\"B\"}}", GraphQL.Execution.ExecutionResultJsonWriter.ToJson(await ExecuteAsync(Schema, document, operationName: "Two")));
        var noName = await ExecuteAsync(Schema, document);
        Assert.Equal("Must provide operation name if query contains multiple operations.", noName.Errors!.Single().Message);
        Assert.False(noName.HasData);
        var unknown = await ExecuteAsync(Schema, document, operationName: "Three");
        Assert.Equal("Unknown operation named \"Three\".", unknown.Errors!.Single().Message);
        var none = await ExecuteAsync(Schema, "fragment F on Query { a }");
        Assert.Equal("Must provide an operation.", none.Errors!.Single().Message);
        var mutation = await ExecuteAsync(Schema, "mutation { a }");
        Assert.Equal("Schema is not configured to execute mutation operation.", mutation.Errors!.Single().Message);
        Assert.True(mutation.HasData);
        Assert.Null(mutation.Data);
    }
}
