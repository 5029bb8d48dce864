using System.Security.Cryptography;
using System.Text;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Execution;

/// <summary>A parsed document with its validation errors, as cached by <see cref="DocumentCache"/>.</summary>
public sealed record CachedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);

/// <summary>
/// A bounded, thread-safe least-recently-used cache of parsed and validated documents, keyed by their text.
/// Hits take no lock: every request of every client looks a document up here, so a lock (and an LRU list
/// reordered on each hit) would serialise the whole server. Each entry records the tick of its last use from a
/// shared counter; only a miss that overflows the capacity takes the lock and evicts the least recently used.
/// </summary>
public sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _map = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private long _clock;

    public DocumentCache(int capacity) => _capacity = capacity;

    public int Count => _map.Count;

    /// <summary>The SHA-256 hash of a document text (persisted-operation ids use it).</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Returns the cached entry for a document, computing and storing it on a miss.</summary>
    public CachedDocument GetOrAdd(string text, Func<string, CachedDocument> factory)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(factory);
        if (_capacity <= 0)
        {
            return factory(text);
        }

        if (_map.TryGetValue(text, out var hit))
        {
            Volatile.Write(ref hit.LastUsed, Interlocked.Increment(ref _clock));
            return hit.Value;
        }

        var entry = _map.GetOrAdd(text, new Entry(factory(text), Interlocked.Increment(ref _clock)));
        if (_map.Count > _capacity)
        {
            Evict();
        }

        return entry.Value;
    }

    private void Evict()
    {
        lock (_evicting)
        {
            while (_map.Count > _capacity)
            {
                string? oldest = null;
                var oldestTick = long.MaxValue;
                foreach (var (key, entry) in _map)
                {
                    var tick = Volatile.Read(ref entry.LastUsed);
                    if (tick < oldestTick)
                    {
                        oldestTick = tick;
                        oldest = key;
                    }
                }

                if (oldest is null || !_map.TryRemove(oldest, out _))
                {
                    return;
                }
            }
        }
    }

    private sealed class Entry(CachedDocument value, long lastUsed)
    {
        public CachedDocument Value { get; } = value;

        public long LastUsed = lastUsed;
    }
}
