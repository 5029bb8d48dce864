using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using StackExchange.Redis;

namespace SystemGraph.Api.Caching;

/// <summary>
/// The one rule for every call this application makes to Redis (the response cache, persisted queries and the
/// shared graph version): a cache must never break a request. Each call is bounded by
/// <see cref="RedisCacheOptions.OperationTimeout"/> and runs inside a circuit breaker, so an outage is not
/// hammered; the caller gets its fallback (a miss, a dropped write) instead of an exception. Outages (no
/// connection, time-outs, an open circuit) are reported to <see cref="CacheAvailability"/>, which logs one warning
/// per outage and makes <c>/health</c> Degraded; an error answered by the server itself (a key of the wrong type,
/// say) is not an outage and is only a miss.
/// </summary>
public sealed class RedisResilience
{
    private readonly ResiliencePipeline pipeline;
    private readonly CacheAvailability availability;

    public RedisResilience(IOptions<RedisCacheOptions> options, CacheAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.availability = availability;
        var settings = options.Value;

        // Outermost first: the breaker counts the time-outs of the strategy inside it.
        pipeline = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = settings.FailureRatio,
                SamplingDuration = settings.SamplingDuration,
                MinimumThroughput = settings.MinimumThroughput,
                BreakDuration = settings.BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsOutage),
            })
            .AddTimeout(settings.OperationTimeout)
            .Build();
    }

    /// <summary>Runs an asynchronous Redis call; <paramref name="fallback"/> when it fails, times out or the circuit is open.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, T fallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            // StackExchange.Redis does not observe tokens: WaitAsync lets the time-out strategy abandon a slow call.
            var result = await pipeline.ExecuteAsync(
                async token => await call(token).WaitAsync(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            availability.ReportSuccess();
            return result;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Report(e);
            return fallback;
        }
    }

    /// <summary>Runs a synchronous Redis call (bounded by the connection's SyncTimeout, which is the operation time limit).</summary>
    public T Execute<T>(Func<T> call, T fallback)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            var result = pipeline.Execute(call);
            availability.ReportSuccess();
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException || e is TimeoutRejectedException)
        {
            Report(e);
            return fallback;
        }
    }

    /// <summary>
    /// No connection, a time-out or a socket failure: Redis is not there. An open circuit is the outage already
    /// reported. A server error reply (RedisServerException) means Redis answered.
    /// </summary>
    internal static bool IsOutage(Exception error) =>
        error is RedisConnectionException or RedisTimeoutException or TimeoutRejectedException or TimeoutException
            or SocketException or ObjectDisposedException;

    private void Report(Exception error)
    {
        if (error is BrokenCircuitException)
        {
            return;
        }

        if (IsOutage(error))
        {
            availability.ReportFailure(error);
        }
        else
        {
            // Redis answered (with an error): it is up, the entry is simply not usable.
            availability.ReportSuccess();
        }
    }
}
