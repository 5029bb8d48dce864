using Microsoft.Extensions.Options;
using SystemGraph.Api.Subscriptions;
using SystemGraph.GraphQL.Error;

namespace SystemGraph.Api.Tests.Subscriptions;

/// <summary>The change hub's limits: a bounded buffer per subscription, and a cap on subscriptions.</summary>
public sealed class ChangeHubTests
{
    private static GraphChangeEvent Change(long version) =>
        new(version, DateTimeOffset.UnixEpoch, "erin", "createEntity", true, null, null, ["e" + version], [], ["e" + version], false, "test");

    [Fact]
    public async Task A_slow_consumer_is_completed_with_its_code_and_the_others_get_every_event()
    {
        var hub = new ChangeHub(Options.Create(new ChangeFeedOptions { BufferSize = 4 }));
        using var cancel = new CancellationTokenSource();
        var slow = hub.Subscribe(_ => true, cancel.Token);
        var fast = hub.Subscribe(_ => true, cancel.Token).GetAsyncEnumerator(cancel.Token);
        var fastSeen = new List<long>();

        for (var version = 1; version <= 20; version++)
        {
            hub.Deliver(Change(version));
            Assert.True(await fast.MoveNextAsync());
            fastSeen.Add(((GraphChangeEvent)fast.Current!).Version);
        }

        Assert.Equal(Enumerable.Range(1, 20).Select(v => (long)v), fastSeen);
        Assert.Equal(1, hub.ActiveSubscriptions); // the slow one is gone already, its buffer with it

        // The slow consumer still reads what its buffer held, then the stream ends with the code.
        var slowSeen = new List<long>();
        var error = await Assert.ThrowsAsync<GraphQLException>(async () =>
        {
            await foreach (var change in slow)
            {
                slowSeen.Add(((GraphChangeEvent)change!).Version);
            }
        });
        Assert.Equal(ChangeHub.SlowConsumerCode, error.Code);
        Assert.Equal([1L, 2, 3, 4], slowSeen);
        await fast.DisposeAsync();
        Assert.Equal(0, hub.ActiveSubscriptions);
    }

    [Fact]
    public void Subscriptions_past_the_cap_are_refused_with_their_code_and_cancelled_ones_free_their_place()
    {
        var hub = new ChangeHub(Options.Create(new ChangeFeedOptions { MaxSubscriptions = 3 }));
        using var cancel = new CancellationTokenSource();
        for (var i = 0; i < 3; i++)
        {
            hub.Subscribe(_ => true, cancel.Token);
        }

        Assert.Equal(ChangeHub.LimitReachedCode, Assert.Throws<GraphQLException>(() => hub.Subscribe(_ => true, CancellationToken.None)).Code);
        cancel.Cancel();
        Assert.Equal(0, hub.ActiveSubscriptions);
        hub.Subscribe(_ => true, CancellationToken.None);
        Assert.Equal(1, hub.ActiveSubscriptions);
    }

    [Fact]
    public async Task Filters_decide_which_subscriptions_an_event_reaches()
    {
        var hub = new ChangeHub(Options.Create(new ChangeFeedOptions()));
        using var cancel = new CancellationTokenSource();
        var entity = hub.Subscribe(c => c.Touches("e2"), cancel.Token).GetAsyncEnumerator(cancel.Token);
        hub.Deliver(Change(1));
        hub.Deliver(Change(2));
        hub.Deliver(GraphChangeEvent.MissedUpTo(9, DateTimeOffset.UnixEpoch, "test"));

        Assert.True(await entity.MoveNextAsync());
        Assert.Equal(2, ((GraphChangeEvent)entity.Current!).Version);
        Assert.True(await entity.MoveNextAsync());
        Assert.True(((GraphChangeEvent)entity.Current!).Missed); // a missed notice reaches every subscription
        Assert.Equal(9, hub.CoveredVersion);
        await entity.DisposeAsync();
    }
}
