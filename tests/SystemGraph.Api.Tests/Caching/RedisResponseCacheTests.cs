using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SystemGraph.Graph.Store;
using SystemGraph.TestSupport;
using static SystemGraph.Api.Tests.Caching.CacheHttp;

namespace SystemGraph.Api.Tests.Caching;

/// <summary>
/// The response cache on a real redis-server shared by two API instances: shared entries, invalidation across
/// instances, Redis killed and restarted in the middle of a run, garbage in an entry. No timings are asserted;
/// waits for a bounded propagation poll until the expected state or fail after a generous limit.
/// </summary>
public sealed class RedisResponseCacheTests : IAsyncLifetime
{
    private const string Query = "{ entity(id: \"nhs-bury-ccg\") { id name ... on Organisation { odsCode } } }";

    private RedisServer redis = null!;
    private RedisApiFactory instanceA = null!;
    private RedisApiFactory instanceB = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartNewAsync();
        instanceA = new RedisApiFactory(redis.Configuration);
        instanceB = new RedisApiFactory(redis.Configuration);
    }

    public async Task DisposeAsync()
    {
        await instanceA.DisposeAsync();
        await instanceB.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task Two_instances_share_entries_and_a_write_on_one_retires_them_on_both()
    {
        using var a = instanceA.CreateClient();
        using var b = instanceB.CreateClient();

        Assert.Equal("MISS", (await PostAsync(a, Query)).Cache);
        Assert.Equal("HIT", (await PostAsync(b, Query)).Cache);

        var store = instanceA.Services.GetRequiredService<IGraphStore>();
        var ccg = (await store.GetEntitiesAsync(["nhs-bury-ccg"], CancellationToken.None))[0]!;
        Assert.True((await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(ccg with { Description = "written on instance A" })]), CancellationToken.None)).Committed);

        Assert.Equal("MISS", (await PostAsync(a, Query)).Cache);
        Assert.True(await EventuallyAsync(async () => (await PostAsync(b, Query)).Cache == "MISS"), "instance B kept serving the entry from before A's write");
    }

    [Fact]
    public async Task Every_request_is_answered_while_redis_is_killed_and_the_cache_comes_back_with_it()
    {
        using var client = instanceA.CreateClient();

        // Distinct documents (aliases), so every request consults Redis instead of this instance's first level.
        for (var i = 0; i < 30; i++)
        {
            if (i == 10)
            {
                await redis.KillAsync();
            }

            var (_, body, response) = await PostAsync(client, Query.Replace("{ entity", $"{{ e{i}: entity", StringComparison.Ordinal));
            Assert.True(response.IsSuccessStatusCode, $"request {i}: {response.StatusCode}");
            Assert.Equal("00V", body["data"]![$"e{i}"]!["odsCode"]!.GetValue<string>());
        }

        var health = JsonNode.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative)))!;
        Assert.Equal("Degraded", health["checks"]!["cache"]!["status"]!.GetValue<string>());
        Assert.Equal("Degraded", health["status"]!.GetValue<string>());

        await redis.StartAsync();
        var attempt = 0;
        Assert.True(
            await EventuallyAsync(async () =>
            {
                await PostAsync(client, Query.Replace("{ entity", $"{{ afterRestart{attempt++}: entity", StringComparison.Ordinal));
                return (await redis.CommandAsync("KEYS systemgraph:resp:*")).Contains("systemgraph:resp:", StringComparison.Ordinal);
            }),
            "the cache did not resume storing in Redis after it came back");
        var recovered = JsonNode.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative)))!;
        Assert.Equal("Healthy", recovered["checks"]!["cache"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Garbage_in_an_entry_reads_as_a_miss()
    {
        using var client = instanceA.CreateClient();
        using var other = instanceB.CreateClient();
        await PostAsync(client, Query);
        Assert.Equal("HIT", (await PostAsync(client, Query)).Cache);

        var keys = await redis.CommandAsync("KEYS systemgraph:resp:*");
        foreach (var key in keys.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("systemgraph:resp:", StringComparison.Ordinal)))
        {
            await redis.CommandAsync($"SET {key} not-a-cached-response");
        }

        // Instance B has not seen the entry, so it reads it from Redis: garbage, so a miss, answered correctly.
        var (cache, body, _) = await PostAsync(other, Query);
        Assert.Equal("MISS", cache);
        Assert.Equal("00V", body["data"]!["entity"]!["odsCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_persisted_on_one_instance_runs_by_hash_on_the_other()
    {
        using var a = instanceA.CreateClient();
        using var b = instanceB.CreateClient();
        const string text = "query Shared { entity(id: \"bury\") { id } }";
        var hash = SystemGraph.Api.Caching.PersistedOperationStep.HashOf(text);

        Assert.Equal("PersistedQueryNotFound", (await PostHashOnlyAsync(b, hash)).Body["errors"]![0]!["message"]!.GetValue<string>());
        await PostAsync(a, text, Persisted(hash));
        var byHash = await PostHashOnlyAsync(b, hash);

        Assert.Equal("bury", byHash.Body["data"]!["entity"]!["id"]!.GetValue<string>());
        Assert.Contains("systemgraph:apq:" + hash, await redis.CommandAsync("KEYS systemgraph:apq:*"), StringComparison.Ordinal);
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private sealed class RedisApiFactory(string redis) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Graph:OdsPath", "none");
            builder.UseSetting("Cache:Redis", redis);
            builder.UseSetting("Cache:VersionRefreshInterval", "00:00:00.100");
            builder.UseSetting("Cache:OperationTimeout", "00:00:00.500");
            builder.UseSetting("Cache:BreakDuration", "00:00:00.500");
        }
    }
}
