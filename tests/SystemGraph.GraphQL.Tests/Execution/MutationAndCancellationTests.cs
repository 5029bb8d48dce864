using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

public class MutationAndCancellationTests
{
    [Fact]
    public async Task Mutation_root_fields_run_serially_in_document_order()
    {
        var log = new List<string>();
        var counter = 0;
        var schema = SchemaBuilder.BuildFromSdl(
            "type Query { n: Int } type Mutation { add(by: Int!, delayMs: Int!): Int }",
            o => o.AddResolver("Mutation.add", async c =>
            {
                var by = c.GetArgument<int>("by");
                log.Add("start " + by);
                await Task.Delay(c.GetArgument<int>("delayMs"), c.CancellationToken);
                counter += by;
                log.Add("end " + by);
                return (object?)counter;
            }));
        var json = await JsonAsync(schema, "mutation { first: add(by: 1, delayMs: 60) second: add(by: 10, delayMs: 1) third: add(by: 100, delayMs: 20) }");
        Assert.Equal(J("{'data':{'first':1,'second':11,'third':111}}"), json);
        Assert.Equal(["start 1", "end 1", "start 10", "end 10", "start 100", "end 100"], log);
    }

    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        var running = 0;
        var maxRunning = 0;
        var query = new ObjectType("Query");
        for (var i = 0; i < 3; i++)
        {
            query.Field("f" + i, Scalars.Int).Resolve(async c =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref maxRunning, now);
                await Task.Delay(50, c.CancellationToken);
                Interlocked.Decrement(ref running);
                return (object?)1;
            });
        }

        await ExecuteAsync(new GraphQLSchema(query), "{ f0 f1 f2 }");
        Assert.Equal(3, maxRunning);
    }

    [Fact]
    public async Task A_cancelled_request_ends_promptly_with_an_error()
    {
        var query = new ObjectType("Query");
        query.Field("slow", Scalars.String).Resolve(async c =>
        {
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return (object?)"never";
        });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await ExecuteAsync(new GraphQLSchema(query), "{ slow }", cancellationToken: cts.Token);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(ErrorCodes.Cancelled, result.Errors!.Single().Code);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task An_already_cancelled_token_stops_before_resolving()
    {
        var resolved = false;
        var query = new ObjectType("Query");
        query.Field("f", Scalars.String, _ =>
        {
            resolved = true;
            return "x";
        });
        var result = await ExecuteAsync(new GraphQLSchema(query), "{ f }", cancellationToken: new CancellationToken(canceled: true));
        Assert.False(resolved);
        Assert.Equal(ErrorCodes.Cancelled, result.Errors!.Single().Code);
    }

    [Fact]
    public async Task Cancellation_ends_the_request_even_when_a_resolver_ignores_the_token()
    {
        var release = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var query = new ObjectType("Query");
        query.Field("stuck", Scalars.String).Resolve(_ => new ValueTask<object?>(release.Task));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var result = await ExecuteAsync(new GraphQLSchema(query), "{ stuck }", cancellationToken: cts.Token);
        Assert.Equal(ErrorCodes.Cancelled, result.Errors!.Single().Code);
        release.SetResult("late");
    }

    [Fact]
    public async Task Arguments_convert_to_the_clr_types_resolvers_ask_for()
    {
        var query = new ObjectType("Query");
        query.Field("f", Scalars.String).Argument("ids", new ListType(Scalars.Int)).Argument("kind", Scalars.String).Resolve(c =>
        {
            var ids = c.GetArgument<List<long>>("ids")!;
            var array = c.GetArgument<int[]>("ids")!;
            var kind = c.GetArgument<StringComparison>("kind");
            return $"{ids.Sum()} {array.Length} {kind}";
        });
        var result = await ExecuteAsync(new GraphQLSchema(query), "{ f(ids: [1, 2, 3], kind: \"ordinal_ignore_case\") }");
        Assert.Equal("6 3 OrdinalIgnoreCase", result.Data!["f"]);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
