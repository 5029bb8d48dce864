using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    private sealed class Store
    {
        public List<IReadOnlyList<int>> Batches { get; } = [];

        public async ValueTask<IReadOnlyDictionary<int, Dictionary<string, object?>>> LoadAsync(IReadOnlyList<int> ids, bool async, CancellationToken ct)
        {
            lock (Batches)
            {
                Batches.Add(ids.ToList());
            }

            if (async)
            {
                await Task.Delay(5, ct);
            }

            return ids.ToDictionary(id => id, id => new Dictionary<string, object?> { ["id"] = id, ["friendId"] = id + 100 });
        }
    }

    private static GraphQL.Types.GraphQLSchema BuildSchema(Store store, bool async) => SchemaBuilder.BuildFromSdl(
        "type Query { users(ids: [Int!]!): [User] } type User { id: Int friend: User }",
        o => o
            .AddResolver("Query.users", c => c.GetArgument<List<object?>>("ids"))
            .AddResolver("User.friend", async c =>
            {
                var map = (Dictionary<string, object?>)c.Source!;
                var loader = c.DataLoaders.GetOrCreate<int, Dictionary<string, object?>>("users", (ids, ct) => store.LoadAsync(ids, async, ct));
                return await loader.LoadAsync((int)map["friendId"]!);
            })
            .AddResolver("Query.users", async c =>
            {
                var loader = c.DataLoaders.GetOrCreate<int, Dictionary<string, object?>>("users", (ids, ct) => store.LoadAsync(ids, async, ct));
                return await loader.LoadManyAsync(c.GetArgument<List<object?>>("ids")!.Cast<int>());
            }));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Batches_the_keys_of_one_level_into_one_call_per_level(bool async)
    {
        var store = new Store();
        var json = await JsonAsync(BuildSchema(store, async), "{ users(ids: [1, 2, 3, 2]) { id friend { id friend { id } } } }");
        Assert.Equal(
            J("{'data':{'users':[{'id':1,'friend':{'id':101,'friend':{'id':201}}},{'id':2,'friend':{'id':102,'friend':{'id':202}}},{'id':3,'friend':{'id':103,'friend':{'id':203}}},{'id':2,'friend':{'id':102,'friend':{'id':202}}}]}}"),
            json);
        Assert.Equal([[1, 2, 3], [101, 102, 103], [201, 202, 203]], store.Batches);
    }

    [Fact]
    public async Task Caches_per_request_and_primes()
    {
        var calls = 0;
        var loader = new DataLoader<string, int>((keys, _) =>
        {
            calls++;
            return ValueTask.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length));
        });
        loader.Prime("primed", 42);
        var values = await loader.LoadManyAsync(["a", "bb", "a", "primed"]);
        Assert.Equal([1, 2, 1, 42], values);
        Assert.Equal(3, await loader.LoadAsync("ccc"));
        Assert.Equal(2, calls);
        Assert.Equal(2, loader.BatchCount);
        Assert.Equal(1, await loader.LoadAsync("a"));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_waiting_load()
    {
        var loader = new DataLoader<int, int>((_, _) => throw new InvalidOperationException("down"));
        var first = loader.LoadAsync(1);
        var second = loader.LoadAsync(2);
        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
    }

    [Fact]
    public void The_registry_rejects_a_name_reused_with_other_types()
    {
        var registry = new DataLoaderRegistry();
        registry.GetOrCreate<int, string>("x", (_, _) => ValueTask.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>()));
        Assert.Throws<InvalidOperationException>(() =>
            registry.GetOrCreate<string, string>("x", (_, _) => ValueTask.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>())));
    }

    [Fact]
    public async Task Concurrent_requests_each_get_their_own_loaders_and_batches()
    {
        var store = new Store();
        var executor = new GraphQLRequestExecutor(BuildSchema(store, async: true));
        var requests = Enumerable.Range(0, 40).Select(i => executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($ids: [Int!]!) { users(ids: $ids) { id friend { id } } }",
            Variables = new Dictionary<string, object?> { ["ids"] = new List<object?> { i, i + 1000 } },
        }));
        var results = await Task.WhenAll(requests);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Null(results[i].Errors);
            Assert.Equal(
                $"{{\"data\":{{\"users\":[{{\"id\":{i},\"friend\":{{\"id\":{i + 100}}}}},{{\"id\":{i + 1000},\"friend\":{{\"id\":{i + 1100}}}}}]}}}}",
                ExecutionResultJsonWriter.ToJson(results[i]));
        }

        Assert.Equal(80, store.Batches.Count);
        Assert.All(store.Batches, batch => Assert.Equal(2, batch.Count));
    }
}
