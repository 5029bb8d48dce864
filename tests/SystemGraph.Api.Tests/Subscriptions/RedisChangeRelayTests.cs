using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SystemGraph.Api.Subscriptions;

namespace SystemGraph.Api.Tests.Subscriptions;

/// <summary>
/// Relaying a committed write to other instances never fails the write: whatever the Redis client throws while its
/// connection is dropping (the soak saw an InvalidOperationException from its socket pipe as Redis was killed), the
/// publish is logged and the write's caller gets its answer.
/// </summary>
public sealed class RedisChangeRelayTests
{
    [Theory]
    [InlineData(typeof(InvalidOperationException))]
    [InlineData(typeof(RedisConnectionException))]
    [InlineData(typeof(TimeoutException))]
    public async Task A_failed_publish_is_logged_not_thrown(Type failure)
    {
        var subscriber = FailingRedis.Create<ISubscriber>(failure);
        var redis = FailingRedis.Create<IConnectionMultiplexer>(failure, subscriber);
        var options = Options.Create(new ChangeFeedOptions());
        var relay = new RedisChangeRelay(redis, new ChangeHub(options), options, NullLogger<RedisChangeRelay>.Instance);
        var change = new GraphChangeEvent(7, DateTimeOffset.UnixEpoch, "erin", "createEntity", true, null, null, ["e"], [], ["e"], false, "here");

        var thrown = await Record.ExceptionAsync(() => relay.PublishAsync(change, CancellationToken.None));

        Assert.Null(thrown);
        Assert.Equal(1, FailingRedis.PublishCalls(subscriber));
    }

    /// <summary>
    /// A Redis connection whose subscriber throws on every publish (made with <see cref="DispatchProxy"/>: only the two
    /// members the relay calls are answered).
    /// </summary>
    public class FailingRedis : DispatchProxy
    {
        private Type failure = typeof(InvalidOperationException);
        private object? subscriber;
        private int publishCalls;

        public static T Create<T>(Type failure, object? subscriber = null)
            where T : class
        {
            var proxy = DispatchProxy.Create<T, FailingRedis>();
            var self = (FailingRedis)(object)proxy;
            self.failure = failure;
            self.subscriber = subscriber;
            return proxy;
        }

        public static int PublishCalls(object proxy) => ((FailingRedis)proxy).publishCalls;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
        {
            nameof(IConnectionMultiplexer.GetSubscriber) => subscriber,
            nameof(ISubscriber.PublishAsync) => Fail(),
            _ => throw new NotSupportedException(targetMethod?.Name),
        };

        private Task<long> Fail()
        {
            publishCalls++;
            var exception = failure == typeof(RedisConnectionException)
                ? new RedisConnectionException(ConnectionFailureType.SocketClosed, "closed")
                : (Exception)Activator.CreateInstance(failure, "dropped")!;
            return Task.FromException<long>(exception);
        }
    }
}
