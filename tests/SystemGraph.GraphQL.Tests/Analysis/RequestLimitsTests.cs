using SystemGraph.GraphQL.Analysis;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Analysis;

/// <summary>The pipeline refuses too deep or too costly operations before running them, and stops slow ones.</summary>
public sealed class RequestLimitsTests
{
    private static readonly SystemGraph.GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        "type Query { org: Org slow: String all: [Org!]! } type Org { id: ID! parent: Org children: [Org!]! }",
        o => o
            .AddResolver("Query.org", _ => new Dictionary<string, object?> { ["id"] = "a" })
            .AddResolver("Query.slow", async ctx =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), ctx.CancellationToken);
                return "late";
            }));

    private static Task<ExecutionResult> Run(string query, RequestLimits limits) =>
        new GraphQLRequestExecutor(Schema, new GraphQLRequestExecutorOptions { Limits = limits }).ExecuteAsync(new GraphQLRequest { Query = query });

    [Fact]
    public async Task Too_deep_operations_are_refused_before_execution()
    {
        var result = await Run("{ org { parent { parent { parent { id } } } } }", new RequestLimits { MaxDepth = 3 });

        Assert.False(result.HasData);
        Assert.Equal("MAX_DEPTH_EXCEEDED", Assert.Single(result.Errors!).Code);
        Assert.Contains("depth of 5", result.Errors![0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_costly_operations_are_refused_before_execution()
    {
        var result = await Run("{ all { children { children { id } } } }", new RequestLimits { MaxCost = 1000 });

        Assert.False(result.HasData);
        Assert.Equal("MAX_COST_EXCEEDED", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Operations_within_limits_run()
    {
        var result = await Run("{ org { id } }", new RequestLimits { MaxDepth = 3, MaxCost = 10 });

        Assert.Null(result.Errors);
        Assert.True(result.HasData);
    }

    [Fact]
    public async Task Slow_operations_are_stopped_at_the_timeout()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await Run("{ slow }", new RequestLimits { ExecutionTimeout = TimeSpan.FromMilliseconds(200) });

        Assert.Equal("EXECUTION_TIMEOUT", Assert.Single(result.Errors!).Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }
}
