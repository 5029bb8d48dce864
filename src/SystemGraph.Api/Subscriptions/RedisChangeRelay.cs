using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SystemGraph.Api.Subscriptions;

/// <summary>
/// Relays changes between instances over Redis pub/sub, on the connection the response cache uses
/// (the one <see cref="IConnectionMultiplexer"/> that also serves the cache and the shared graph version). Every instance publishes the writes it commits and delivers the others'
/// to its own subscriptions; its own come back on the channel and are skipped (delivered already). Pub/sub keeps
/// nothing for an instance that is disconnected: the graph version watch (<see cref="GraphVersionWatcher"/>)
/// tells subscribers when they may have missed something.
/// </summary>
internal sealed partial class RedisChangeRelay(IConnectionMultiplexer redis, ChangeHub hub, IOptions<ChangeFeedOptions> options, ILogger<RedisChangeRelay> logger)
    : IChangeRelay, IHostedService
{
    private RedisChannel Channel => new(options.Value.RedisChannel, RedisChannel.PatternMode.Literal);

    public async Task PublishAsync(GraphChangeEvent change, CancellationToken cancellationToken)
    {
        try
        {
            var body = JsonSerializer.Serialize(change);
            await redis.GetSubscriber().PublishAsync(Channel, body).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The write has committed, so relaying it must never fail it: other instances notice it from the graph
            // version instead. Any failure, not only RedisException: while Redis is killed the client library can
            // surface its dropped socket as other types (an InvalidOperationException from its pipe, seen in the soak).
            LogPublishFailed(logger, e, change.Version);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) => Receive(message)).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // As for publishing: a Redis that is down must not stop the API from starting.
            LogSubscribeFailed(logger, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Receive(RedisValue message)
    {
        try
        {
            if (JsonSerializer.Deserialize<GraphChangeEvent>((string)message!) is { } change && change.Origin != hub.InstanceId)
            {
                hub.Deliver(change);
            }
        }
        catch (JsonException e)
        {
            LogBadMessage(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not relay the change of graph version {Version} to other instances")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to the change channel; changes made on other instances arrive only as missed notices")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a change message that does not parse")]
    private static partial void LogBadMessage(ILogger logger, Exception exception);
}
