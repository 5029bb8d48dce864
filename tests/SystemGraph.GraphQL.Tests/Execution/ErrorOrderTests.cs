using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

/// <summary>Errors come in response order (depth first, document order), however concurrent resolvers interleave.</summary>
public class ErrorOrderTests
{
    /// <summary>Each field fails after a delay that makes the last-written field fail first.</summary>
    private static readonly GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        """
        type Query { a: String b: String c: Item items: [Item] }
        type Item { x: String y: String! }
        """,
        o => o
            .AddResolver("Query.a", async _ => await FailAfterAsync(60, "a"))
            .AddResolver("Query.b", async _ => await FailAfterAsync(30, "b"))
            .AddResolver("Query.c", _ => new object())
            .AddResolver("Query.items", _ => new object[] { new(), new() })
            .AddResolver("Item.x", async ctx => await FailAfterAsync(ctx.Path.Count > 1 && ctx.Path[1] is int i ? 40 - (i * 20) : 1, "x"))
            .AddResolver("Item.y", async _ => await FailAfterAsync(5, "y")));

    [Fact]
    public async Task Errors_follow_the_response_not_the_clock()
    {
        var result = await ExecuteAsync(Schema, "{ a b c { x } items { x y } }");

        Assert.Equal(
            ["a", "b", "c.x", "items.0.x", "items.0.y", "items.1.x", "items.1.y"],
            result.Errors!.Select(e => string.Join('.', e.Path!)));
    }

    private static async Task<object?> FailAfterAsync(int milliseconds, string name)
    {
        await Task.Delay(milliseconds);
        throw new GraphQLException(name + " failed");
    }
}
