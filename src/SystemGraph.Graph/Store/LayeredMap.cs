using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace SystemGraph.Graph.Store;

/// <summary>
/// An immutable map in two layers: a large base built once (a plain hash table that nobody mutates after
/// construction, so concurrent readers are safe and lookups are a single hash probe) and a small persistent
/// overlay holding what writes changed since. A bulk load of a million entities fills the base at hash-table
/// speed instead of building a persistent tree item by item; a write copies only the overlay's path. When the
/// overlay grows past a quarter of the base, the next snapshot folds it into a new base (amortised O(1) per
/// write). Keys are never removed: the graph ends lines, it does not delete them.
/// </summary>
internal sealed class LayeredMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private const int MinimumOverlayBeforeFolding = 1024;

    private readonly Dictionary<TKey, TValue> layerBase;
    private readonly ImmutableDictionary<TKey, TValue> overlay;

    private LayeredMap(Dictionary<TKey, TValue> layerBase, ImmutableDictionary<TKey, TValue> overlay, int count)
    {
        this.layerBase = layerBase;
        this.overlay = overlay;
        Count = count;
    }

    /// <summary>An empty map with the given key comparer.</summary>
    public static LayeredMap<TKey, TValue> Empty(IEqualityComparer<TKey>? comparer = null) =>
        new(new Dictionary<TKey, TValue>(comparer), ImmutableDictionary.Create<TKey, TValue>(comparer), 0);

    /// <summary>A map whose base is <paramref name="contents"/>; the caller hands it over and must not touch it again.</summary>
    public static LayeredMap<TKey, TValue> Adopt(Dictionary<TKey, TValue> contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        return new(contents, ImmutableDictionary.Create<TKey, TValue>(contents.Comparer), contents.Count);
    }

    public int Count { get; }

    public TValue this[TKey key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry for '{key}'.");

    public IEnumerable<TKey> Keys => this.Select(kv => kv.Key);

    public IEnumerable<TValue> Values => this.Select(kv => kv.Value);

    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) =>
        (overlay.Count > 0 && overlay.TryGetValue(key, out value)) || layerBase.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        foreach (var entry in layerBase)
        {
            if (overlay.Count == 0 || !overlay.ContainsKey(entry.Key))
            {
                yield return entry;
            }
        }

        foreach (var entry in overlay)
        {
            yield return entry;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public Builder ToBuilder() => new(this);

    /// <summary>Collects a batch of upserts; <see cref="ToImmutable"/> makes the next map and leaves this one intact.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<TKey, TValue> layerBase;
        private readonly ImmutableDictionary<TKey, TValue>.Builder overlay;
        private int count;

        internal Builder(LayeredMap<TKey, TValue> from)
        {
            layerBase = from.layerBase;
            overlay = from.overlay.ToBuilder();
            count = from.Count;
        }

        public TValue this[TKey key]
        {
            get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry for '{key}'.");
            set
            {
                if (!overlay.ContainsKey(key) && !layerBase.ContainsKey(key))
                {
                    count++;
                }

                overlay[key] = value;
            }
        }

        public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) =>
            overlay.TryGetValue(key, out value) || layerBase.TryGetValue(key, out value);

        public TValue? GetValueOrDefault(TKey key) => TryGetValue(key, out var value) ? value : default;

        public TValue GetValueOrDefault(TKey key, TValue defaultValue) => TryGetValue(key, out var value) ? value : defaultValue;

        public LayeredMap<TKey, TValue> ToImmutable()
        {
            var changes = overlay.ToImmutable();
            if (changes.Count <= MinimumOverlayBeforeFolding || changes.Count <= layerBase.Count / 4)
            {
                return new(layerBase, changes, count);
            }

            // Fold: a new base with the overlay applied; the old base stays as it was for older snapshots.
            var folded = new Dictionary<TKey, TValue>(layerBase, layerBase.Comparer);
            foreach (var (key, value) in changes)
            {
                folded[key] = value;
            }

            return new(folded, ImmutableDictionary.Create<TKey, TValue>(layerBase.Comparer), count);
        }
    }
}
