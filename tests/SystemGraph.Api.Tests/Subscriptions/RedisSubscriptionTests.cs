using Microsoft.AspNetCore.Hosting;
using SystemGraph.Api.Tests.Writes;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Subscriptions;

/// <summary>Two API instances over one real redis-server: a write on either reaches the subscribers of both.</summary>
public sealed class RedisSubscriptionTests : IAsyncLifetime
{
    private static readonly string Editor = WriteApi.Token("erin", "editor");
    private RedisServer redis = null!;
    private RedisWriteApiFactory instanceA = null!;
    private RedisWriteApiFactory instanceB = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartNewAsync();
        instanceA = new RedisWriteApiFactory(redis.Configuration);
        instanceB = new RedisWriteApiFactory(redis.Configuration);
    }

    public async Task DisposeAsync()
    {
        await instanceA.DisposeAsync();
        await instanceB.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task A_write_on_one_instance_reaches_subscribers_on_both_once()
    {
        using var a = instanceA.CreateClient();
        using var b = instanceB.CreateClient();
        await using var onA = await SseSubscription.OpenAsync(a, null, "subscription { graphChanged { entityIds } }");
        await using var onB = await SseSubscription.OpenAsync(b, null, "subscription { graphChanged { entityIds } }");

        // B's relay subscribes to the channel as B starts, while the Redis client may still be connecting; pub/sub keeps
        // nothing for a subscriber not yet there. So write until B has seen one change (the path is live), then assert.
        var warmUps = new HashSet<string>(StringComparer.Ordinal);
        var firstOnB = onB.NextAsync();
        for (var i = 0; i < 20 && !firstOnB.IsCompleted; i++)
        {
            warmUps.Add(await CreateAsync(a, $"Redis warm-up {i}"));
            await Task.WhenAny(firstOnB, Task.Delay(TimeSpan.FromMilliseconds(500)));
        }

        Assert.Contains(EntityId(await firstOnB), warmUps);
        var ids = new List<string> { await CreateAsync(a, "Redis board one"), await CreateAsync(a, "Redis board two") };

        foreach (var subscription in new[] { onA, onB })
        {
            var first = await NextBeyondAsync(subscription, warmUps);
            Assert.Equal(ids[0], first);
            Assert.Equal(ids[1], EntityId(await subscription.NextAsync()));
        }
    }

    private static async Task<string> CreateAsync(HttpClient client, string name)
    {
        var data = await client.OkAsync(Editor, """mutation($n: String!) { createEntity(input: { kind: BOARD, name: $n, reason: "r", rationale: "n" }) { entity { id } } }""", new { n = name });
        return data["createEntity"]!["entity"]!["id"]!.GetValue<string>();
    }

    private static string EntityId(System.Text.Json.Nodes.JsonNode? next) => next!["data"]!["graphChanged"]!["entityIds"]![0]!.GetValue<string>();

    /// <summary>The next change that is not a warm-up's (each warm-up reaches a subscriber at most once, in order).</summary>
    private static async Task<string> NextBeyondAsync(SseSubscription subscription, HashSet<string> warmUps)
    {
        while (true)
        {
            var id = EntityId(await subscription.NextAsync());
            if (!warmUps.Contains(id))
            {
                return id;
            }
        }
    }

    private sealed class RedisWriteApiFactory(string redis) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Graph:OdsPath", "none");
            builder.UseSetting("Auth:SigningKey", WriteApiFactory.Key);
            builder.UseSetting("Cache:Redis", redis);
            builder.UseSetting("Subscriptions:VersionWatchInterval", "00:00:00");
        }
    }
}
