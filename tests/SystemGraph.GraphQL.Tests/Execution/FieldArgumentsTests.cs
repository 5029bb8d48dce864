using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

/// <summary>
/// Argument coercion (§6.4.1) done once per field node when only literals are involved (issue 21): the answers stay
/// those of coercing every time, and arguments read from variables are coerced for each execution.
/// </summary>
public class FieldArgumentsTests
{
    private sealed class Seen
    {
        public List<IReadOnlyDictionary<string, object?>> Arguments { get; } = [];
    }

    private static (GraphQL.Types.GraphQLSchema Schema, Seen Seen) Build()
    {
        var seen = new Seen();
        var schema = SchemaBuilder.BuildFromSdl(
            """
            type Query { f(i: Int, l: [Int!], o: In, d: Int = 7): String plain: String }
            input In { a: Int b: [Int] }
            """,
            o => o.AddResolver("Query.f", ctx =>
            {
                lock (seen)
                {
                    seen.Arguments.Add(ctx.Arguments);
                }

                return string.Join(",", ctx.Arguments.OrderBy(a => a.Key).Select(a => $"{a.Key}={Inspect(a.Value)}"));
            }));
        return (schema, seen);
    }

    private static string Inspect(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(p => p.Key).Select(p => p.Key + ":" + Inspect(p.Value))) + "}",
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object?>().Select(Inspect)) + "]",
        _ => value.ToString()!,
    };

    private static Task<ExecutionResult> RunAsync(GraphQL.Types.GraphQLSchema schema, DocumentNode document, IReadOnlyDictionary<string, object?>? variables = null) =>
        Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document, VariableValues = variables });

    [Fact]
    public async Task Literal_arguments_of_a_reused_document_are_coerced_once_and_answer_the_same()
    {
        var (schema, seen) = Build();
        var document = Parser.Parse("{ f(i: 1, l: [2, 3], o: { a: 4, b: [5] }) plain }");

        var first = ExecutionResultJsonWriter.ToJson(await RunAsync(schema, document));
        var second = ExecutionResultJsonWriter.ToJson(await RunAsync(schema, document));

        Assert.Equal(J("{'data':{'f':'d=7,i=1,l=[2,3],o={a:4,b:[5]}','plain':null}}"), first);
        Assert.Equal(first, second);
        Assert.Equal(2, seen.Arguments.Count);
        Assert.Same(seen.Arguments[0], seen.Arguments[1]);
    }

    [Fact]
    public async Task Arguments_that_read_variables_are_coerced_for_each_execution()
    {
        var (schema, seen) = Build();
        var document = Parser.Parse("query ($i: Int, $a: Int) { f(i: $i, o: { a: $a }) }");

        var one = ExecutionResultJsonWriter.ToJson(await RunAsync(schema, document, Vars(("i", 1), ("a", 10))));
        var two = ExecutionResultJsonWriter.ToJson(await RunAsync(schema, document, Vars(("i", 2), ("a", 20))));

        Assert.Equal(J("{'data':{'f':'d=7,i=1,o={a:10}'}}"), one);
        Assert.Equal(J("{'data':{'f':'d=7,i=2,o={a:20}'}}"), two);
        Assert.NotSame(seen.Arguments[0], seen.Arguments[1]);
    }

    [Fact]
    public async Task An_invalid_literal_fails_every_time_with_its_located_error()
    {
        var (schema, _) = Build();
        var document = Parser.Parse("{ f(i: \"x\") }");

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var result = await RunAsync(schema, document);
            var error = Assert.Single(result.Errors!);
            Assert.Equal("Argument \"i\" has invalid value \"x\".", error.Message);
            Assert.Equal(["f"], error.Path!);
        }
    }

    [Fact]
    public async Task Kept_arguments_are_read_only()
    {
        var (schema, seen) = Build();
        var document = Parser.Parse("{ f(i: 1) }");

        await RunAsync(schema, document);
        await RunAsync(schema, document);

        var kept = Assert.IsAssignableFrom<IDictionary<string, object?>>(seen.Arguments[1]);
        Assert.Throws<NotSupportedException>(() => kept["i"] = 2);
        Assert.Equal(1, kept["i"]);
    }
}
