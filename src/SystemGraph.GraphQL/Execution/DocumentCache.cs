using System.Security.Cryptography;
using System.Text;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Execution;

/// <summary>A parsed document with its validation errors, as cached by <see cref="DocumentCache"/>.</summary>
public sealed record CachedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);

/// <summary>A bounded, thread-safe least-recently-used cache of parsed and validated documents keyed by a hash of the text.</summary>
public sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedDocument Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedDocument Value)> _order = new();
    private readonly object _gate = new();

    public DocumentCache(int capacity) => _capacity = capacity;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _map.Count;
            }
        }
    }

    /// <summary>The cache key of a document text: its SHA-256 hash.</summary>
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

        var key = Hash(text);
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value.Value;
            }
        }

        var value = factory(text);
        lock (_gate)
        {
            if (!_map.ContainsKey(key))
            {
                _map[key] = _order.AddFirst((key, value));
                while (_map.Count > _capacity)
                {
                    var last = _order.Last!;
                    _order.RemoveLast();
                    _map.Remove(last.Value.Key);
                }
            }
        }

        return value;
    }
}
