using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SystemGraph.GraphQL.Error;

namespace SystemGraph.Api.Subscriptions;

/// <summary>
/// Fans committed changes out to this instance's subscriptions. Each subscription has a bounded buffer: when a
/// consumer falls <see cref="ChangeFeedOptions.BufferSize"/> events behind it is completed with
/// SUBSCRIPTION_SLOW_CONSUMER (its buffer is dropped, others are not held up). A subscription is registered when it
/// is created (CreateSourceEventStream, so no event between subscribing and reading is lost) and removed when its
/// request is cancelled or its stream disposed, whichever comes first.
/// </summary>
public sealed class ChangeHub(IOptions<ChangeFeedOptions> options)
{
    public const string SlowConsumerCode = "SUBSCRIPTION_SLOW_CONSUMER";
    public const string LimitReachedCode = "SUBSCRIPTION_LIMIT_REACHED";

    private readonly ConcurrentDictionary<long, Subscription> subscriptions = new();
    private long nextId;
    private long coveredVersion = -1;

    /// <summary>This instance's id, carried by the events it publishes.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Open subscriptions on this instance (the "active subscriptions" metric reads this).</summary>
    public int ActiveSubscriptions => subscriptions.Count;

    /// <summary>The highest graph version whose change (or missed notice) has been delivered here; -1 before any.</summary>
    public long CoveredVersion => Interlocked.Read(ref coveredVersion);

    /// <summary>
    /// Opens a subscription to the events <paramref name="filter"/> accepts, until <paramref name="cancellationToken"/>
    /// is cancelled or the stream is disposed. Refused with SUBSCRIPTION_LIMIT_REACHED at the instance's cap.
    /// </summary>
    public IAsyncEnumerable<object?> Subscribe(Func<GraphChangeEvent, bool> filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var limits = options.Value;
        if (subscriptions.Count >= limits.MaxSubscriptions)
        {
            throw new GraphQLException(GraphQLError.WithCode(
                $"This server has {limits.MaxSubscriptions} subscriptions open, its limit (Subscriptions:MaxSubscriptions); try again later.", LimitReachedCode));
        }

        var subscription = new Subscription(Interlocked.Increment(ref nextId), filter, Math.Max(1, limits.BufferSize));
        subscriptions[subscription.Id] = subscription;
        subscription.Registration = cancellationToken.Register(static state =>
        {
            var (hub, sub) = ((ChangeHub, Subscription))state!;
            hub.Remove(sub, null);
        }, (this, subscription));
        return ReadAsync(subscription, cancellationToken);
    }

    /// <summary>Delivers an event to every subscription whose filter accepts it; never waits for a consumer.</summary>
    public void Deliver(GraphChangeEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Cover(change.Version);
        foreach (var subscription in subscriptions.Values)
        {
            if (!subscription.Filter(change))
            {
                continue;
            }

            if (!subscription.Buffer.Writer.TryWrite(change))
            {
                Remove(subscription, new GraphQLException(GraphQLError.WithCode(
                    $"This subscription fell {subscription.Capacity} events behind and was ended (slow consumer); subscribe again and re-query.", SlowConsumerCode)));
            }
        }
    }

    /// <summary>Records that changes up to <paramref name="version"/> are accounted for here.</summary>
    public void Cover(long version)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref coveredVersion);
            if (version <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref coveredVersion, version, current) != current);
    }

    private async IAsyncEnumerable<object?> ReadAsync(Subscription subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            var reader = subscription.Buffer.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var change))
                {
                    yield return change;
                }
            }

            if (subscription.Failure is { } failure)
            {
                throw failure;
            }
        }
        finally
        {
            Remove(subscription, null);
        }
    }

    private void Remove(Subscription subscription, Exception? failure)
    {
        if (!subscriptions.TryRemove(subscription.Id, out _))
        {
            return;
        }

        subscription.Failure = failure;
        subscription.Buffer.Writer.TryComplete();
        subscription.Registration.Dispose();
    }

    private sealed class Subscription(long id, Func<GraphChangeEvent, bool> filter, int capacity)
    {
        public long Id { get; } = id;

        public Func<GraphChangeEvent, bool> Filter { get; } = filter;

        public int Capacity { get; } = capacity;

        public Channel<GraphChangeEvent> Buffer { get; } = Channel.CreateBounded<GraphChangeEvent>(
            new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

        public CancellationTokenRegistration Registration { get; set; }

        public Exception? Failure { get; set; }
    }
}
