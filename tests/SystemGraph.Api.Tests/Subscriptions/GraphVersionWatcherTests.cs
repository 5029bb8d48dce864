using Microsoft.Extensions.DependencyInjection;
using SystemGraph.Api.Subscriptions;
using SystemGraph.Api.Tests.Writes;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Tests.Subscriptions;

/// <summary>
/// No silent gaps: a write this instance did not publish (as one by another instance on a shared Neo4j graph is)
/// moves the graph version; the watch tells every subscriber, with the version it now has.
/// </summary>
public sealed class GraphVersionWatcherTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task A_version_moved_without_its_change_is_announced_as_missed_with_that_version()
    {
        using var client = factory.CreateClient();
        var watcher = factory.Services.GetRequiredService<GraphVersionWatcher>();
        var store = factory.Services.GetRequiredService<IGraphStore>();
        await using var subscription = await SseSubscription.OpenAsync(client, null, "subscription { graphChanged { version missed operation entityIds } }");
        await watcher.LookAsync(CancellationToken.None);

        // Straight to the store, past the publish point: nothing is delivered for it.
        var ccg = (await store.GetEntitiesAsync(["nhs-bury-ccg"], CancellationToken.None))[0]!;
        Assert.True((await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(ccg with { Description = "written elsewhere" })]), CancellationToken.None)).Committed);

        await watcher.LookAsync(CancellationToken.None); // seen once: it may still be on its way to the publish point
        await watcher.LookAsync(CancellationToken.None); // seen twice: announced

        var notice = (await subscription.NextAsync())!["data"]!["graphChanged"]!;
        Assert.True(notice["missed"]!.GetValue<bool>());
        Assert.Equal(store.Version, notice["version"]!.GetValue<long>());
        Assert.Null(notice["operation"]);
        Assert.Empty(notice["entityIds"]!.AsArray());
    }
}
