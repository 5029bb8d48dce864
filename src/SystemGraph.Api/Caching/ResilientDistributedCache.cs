using Microsoft.Extensions.Caching.Distributed;

namespace SystemGraph.Api.Caching;

/// <summary>
/// The Redis <see cref="IDistributedCache"/> from Microsoft.Extensions.Caching.StackExchangeRedis, with every call
/// run through <see cref="RedisResilience"/>: a read that fails is a miss, a write that fails is dropped, and
/// neither ever throws to the request that made it. Entries carry an absolute expiry only, so there is nothing
/// to refresh on a read.
/// </summary>
public sealed class ResilientDistributedCache(IDistributedCache redis, RedisResilience resilience) : IDistributedCache
{
    public byte[]? Get(string key) => resilience.Execute(() => redis.Get(key), fallback: null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        resilience.ExecuteAsync(t => redis.GetAsync(key, t), fallback: null, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        resilience.Execute(() => { redis.Set(key, value, options); return true; }, fallback: false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        resilience.ExecuteAsync(async t => { await redis.SetAsync(key, value, options, t).ConfigureAwait(false); return true; }, fallback: false, token);

    public void Refresh(string key) => resilience.Execute(() => { redis.Refresh(key); return true; }, fallback: false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        resilience.ExecuteAsync(async t => { await redis.RefreshAsync(key, t).ConfigureAwait(false); return true; }, fallback: false, token);

    public void Remove(string key) => resilience.Execute(() => { redis.Remove(key); return true; }, fallback: false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        resilience.ExecuteAsync(async t => { await redis.RemoveAsync(key, t).ConfigureAwait(false); return true; }, fallback: false, token);
}
