using System.Runtime.CompilerServices;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Execution;

public class SubscriptionTests
{
    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return new Dictionary<string, object?> { ["tick"] = new Dictionary<string, object?> { ["n"] = i, ["label"] = i == 2 ? null : "t" + i } };
        }
    }

    private static readonly GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        """
        type Query { a: Int }
        type Subscription { tick(count: Int!): Tick broken: Int notAStream: Int }
        type Tick { n: Int! label: String! }
        """,
        o => o
            .AddSubscriber("Subscription.tick", c => ValueTask.FromResult(Ticks(c.GetArgument<int>("count"), c.CancellationToken)))
            .AddSubscriber("Subscription.broken", _ => throw new GraphQLException("no stream for you"))
            .AddResolver("Subscription.notAStream", _ => 42));

    private static Task<SubscriptionResult> SubscribeAsync(string query, CancellationToken ct = default) =>
        Executor.SubscribeAsync(new ExecutionRequest { Schema = Schema, Document = Parser.Parse(query) }, ct);

    [Fact]
    public async Task Maps_every_source_event_to_a_response()
    {
        var result = await SubscribeAsync("subscription { tick(count: 3) { n label } }");
        Assert.Null(result.ErrorResult);
        var responses = new List<string>();
        await foreach (var response in result.Stream!)
        {
            responses.Add(ExecutionResultJsonWriter.ToJson(response));
        }

        Assert.Equal(
            [
                "{\"data\":{\"tick\":{\"n\":1,\"label\":\"t1\"}}}",
                "{\"errors\":[{\"message\":\"Cannot return null for non-nullable field Tick.label.\",\"locations\":[{\"line\":1,\"column\":35}],\"path\":[\"tick\",\"label\"]}],\"data\":{\"tick\":null}}",
                "{\"data\":{\"tick\":{\"n\":3,\"label\":\"t3\"}}}",
            ],
            responses);
    }

    [Fact]
    public async Task Reports_errors_creating_the_source_stream()
    {
        var broken = await SubscribeAsync("subscription { broken }");
        Assert.Equal("no stream for you", broken.ErrorResult!.Errors!.Single().Message);
        Assert.Equal(["broken"], broken.ErrorResult.Errors!.Single().Path!);
        var notAStream = await SubscribeAsync("subscription { notAStream }");
        Assert.Equal("Subscription field must return Async Iterable. Received: 42.", notAStream.ErrorResult!.Errors!.Single().Message);
        var query = await SubscribeAsync("{ a }");
        Assert.Equal("Subscribe requires a subscription operation.", query.ErrorResult!.Errors!.Single().Message);
        var executed = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Document = Parser.Parse("subscription { tick(count: 1) { n } }") });
        Assert.Equal(ErrorCodes.SubscriptionsNotSupported, executed.Errors!.Single().Code);
    }

    [Fact]
    public async Task Cancelling_stops_the_stream()
    {
        using var cts = new CancellationTokenSource();
        var result = await SubscribeAsync("subscription { tick(count: 1000) { n } }", cts.Token);
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var response in result.Stream!.WithCancellation(cts.Token))
            {
                if (++seen == 2)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(2, seen);
    }

    [Fact]
    public async Task The_pipeline_runs_subscriptions_too()
    {
        var executor = new GraphQLRequestExecutor(Schema);
        var result = await executor.SubscribeAsync(new GraphQLRequest { Query = "subscription ($c: Int!) { tick(count: $c) { n } }", Variables = new Dictionary<string, object?> { ["c"] = 2 } });
        var count = 0;
        await foreach (var response in result.Stream!)
        {
            Assert.Null(response.Errors);
            count++;
        }

        Assert.Equal(2, count);
        var syntax = await executor.SubscribeAsync(new GraphQLRequest { Query = "subscription {" });
        Assert.Equal(ErrorCodes.ParseFailed, syntax.ErrorResult!.Errors!.Single().Code);
        var empty = await executor.SubscribeAsync(new GraphQLRequest { Query = "" });
        Assert.Equal(ErrorCodes.MissingDocument, empty.ErrorResult!.Errors!.Single().Code);
    }
}
