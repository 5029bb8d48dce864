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

        // B's relay subscribes to the channel when it starts; a first write proves the path before the one asserted.
        var ids = new List<string>();
        foreach (var name in new[] { "Redis board one", "Redis board two" })
        {
            var data = await a.OkAsync(Editor, """mutation($n: String!) { createEntity(input: { kind: BOARD, name: $n, reason: "r", rationale: "n" }) { entity { id } } }""", new { n = name });
            ids.Add(data["createEntity"]!["entity"]!["id"]!.GetValue<string>());
        }

        foreach (var subscription in new[] { onA, onB })
        {
            Assert.Equal(ids[0], (await subscription.NextAsync())!["data"]!["graphChanged"]!["entityIds"]![0]!.GetValue<string>());
            Assert.Equal(ids[1], (await subscription.NextAsync())!["data"]!["graphChanged"]!["entityIds"]![0]!.GetValue<string>());
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
