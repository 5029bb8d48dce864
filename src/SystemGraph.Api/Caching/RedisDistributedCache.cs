using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace SystemGraph.Api.Caching;

/// <summary>
/// <see cref="IDistributedCache"/> over Redis with StackExchange.Redis 1.2.6 (the version whose dependencies
/// restore here). A cache must never break a request: every call is bounded by
/// <see cref="RedisCacheOptions.OperationTimeout"/>, guarded by a circuit breaker so an outage is not hammered,
/// and any failure reads as a miss (get) or is dropped (set, refresh, remove). The connection reconnects by itself.
/// </summary>
public sealed class RedisDistributedCache : IDistributedCache, IAsyncDisposable, IDisposable
{
    private readonly RedisCacheOptions options;
    private readonly CacheAvailability availability;
    private readonly ResiliencePipeline pipeline;
    private readonly Lazy<ConnectionMultiplexer> connection;

    public RedisDistributedCache(IOptions<RedisCacheOptions> options, CacheAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.availability = availability;
        if (string.IsNullOrWhiteSpace(this.options.Redis))
        {
            throw new ArgumentException("Cache:Redis is not set.", nameof(options));
        }

        pipeline = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = this.options.FailureRatio,
                SamplingDuration = this.options.SamplingDuration,
                MinimumThroughput = this.options.MinimumThroughput,
                BreakDuration = this.options.BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException || e is TimeoutException),
            })
            .Build();
        connection = new Lazy<ConnectionMultiplexer>(Connect, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Reads an entry; null when absent, or when Redis is down, slow or the circuit is open.</summary>
    public byte[]? Get(string key) => Guard(() => (byte[]?)Database.StringGet(Key(key)), fallback: null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => (byte[]?)await Bounded(Database.StringGetAsync(Key(key)), token).ConfigureAwait(false), fallback: null, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Guard(() => Database.StringSet(Key(key), value, Expiry(options)), fallback: false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(() => Bounded(Database.StringSetAsync(Key(key), value, Expiry(options)), token), fallback: false, token);

    /// <summary>Entries carry an absolute expiry only; refreshing sliding expiry does not apply.</summary>
    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => Guard(() => Database.KeyDelete(Key(key)), fallback: false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        GuardAsync(() => Bounded(Database.KeyDeleteAsync(Key(key)), token), fallback: false, token);

    /// <summary>Atomically increments a counter (the graph version); null when Redis cannot be reached.</summary>
    public Task<long?> IncrementAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => (long?)await Bounded(Database.StringIncrementAsync(Key(key)), token).ConfigureAwait(false), fallback: null, token);

    public void Dispose()
    {
        if (connection.IsValueCreated)
        {
            connection.Value.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection.IsValueCreated)
        {
            await connection.Value.CloseAsync().ConfigureAwait(false);
            connection.Value.Dispose();
        }
    }

    /// <summary>The connection itself, shared with the change relay (Redis pub/sub) so an instance opens one.</summary>
    internal IConnectionMultiplexer Connection => connection.Value;

    private IDatabase Database => connection.Value.GetDatabase();

    private RedisKey Key(string key) => options.KeyPrefix + key;

    private TimeSpan Expiry(DistributedCacheEntryOptions entry)
    {
        if (entry.AbsoluteExpirationRelativeToNow is { } relative)
        {
            return relative;
        }

        if (entry.AbsoluteExpiration is { } absolute)
        {
            var remaining = absolute - DateTimeOffset.UtcNow;
            return remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1);
        }

        return entry.SlidingExpiration ?? options.DefaultTimeToLive;
    }

    /// <summary>
    /// Connects without failing when Redis is down (AbortOnConnectFail = false): the multiplexer keeps
    /// reconnecting in the background, and commands fail fast until it succeeds.
    /// </summary>
    private ConnectionMultiplexer Connect()
    {
        var configuration = ConfigurationOptions.Parse(options.Redis!);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = (int)Math.Max(options.OperationTimeout.TotalMilliseconds * 4, 200);
        configuration.SyncTimeout = (int)Math.Max(options.OperationTimeout.TotalMilliseconds, 1);
        configuration.ConnectRetry = 1;
        return ConnectionMultiplexer.Connect(configuration);
    }

    private async Task<T> Bounded<T>(Task<T> redisCall, CancellationToken token) =>
        await redisCall.WaitAsync(options.OperationTimeout, token).ConfigureAwait(false);

    private T Guard<T>(Func<T> call, T fallback)
    {
        try
        {
            var result = pipeline.Execute(call);
            availability.ReportSuccess();
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException || e is TimeoutException)
        {
            Report(e);
            return fallback;
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> call, T fallback, CancellationToken token)
    {
        try
        {
            var result = await pipeline.ExecuteAsync(async _ => await call().ConfigureAwait(false), token).ConfigureAwait(false);
            availability.ReportSuccess();
            return result;
        }
        catch (Exception e) when (!token.IsCancellationRequested)
        {
            Report(e);
            return fallback;
        }
    }

    /// <summary>An open circuit is the outage already reported; anything else is a (new) failure.</summary>
    private void Report(Exception error)
    {
        if (error is not BrokenCircuitException)
        {
            availability.ReportFailure(error);
        }
    }
}
