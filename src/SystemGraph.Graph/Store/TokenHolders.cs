using System.Collections;
using System.Collections.Immutable;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The ids of the entities whose name, aliases or ODS code hold one search token. Common tokens ("nhs", "board")
/// have hundreds of thousands of holders, so a write must not copy them: like <see cref="LayeredMap{TKey, TValue}"/>,
/// a base array built once plus small persistent sets of ids added and removed since, folded into a new base when
/// they grow past a quarter of it (amortised O(1) per write; reads enumerate the base, skipping removals, then the additions).
/// </summary>
internal sealed class TokenHolders : IEnumerable<string>
{
    private const int MinimumChangesBeforeFolding = 32;

    private static readonly ImmutableHashSet<string> None = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    public static readonly TokenHolders Empty = new([], None, None);

    private readonly string[] holders;
    private readonly ImmutableHashSet<string> added;
    private readonly ImmutableHashSet<string> removed;

    private TokenHolders(string[] holders, ImmutableHashSet<string> added, ImmutableHashSet<string> removed)
    {
        this.holders = holders;
        this.added = added;
        this.removed = removed;
    }

    /// <summary>Holders from a bulk load; the caller hands the array over.</summary>
    public static TokenHolders Adopt(string[] ids) => new(ids, None, None);

    public int Count => holders.Length - removed.Count + added.Count;

    /// <summary>
    /// The holders after entities gained or lost the token. The caller knows each change is real (an id gains the
    /// token only when it did not hold it, loses it only when it did), so nothing is searched.
    /// </summary>
    public TokenHolders With(IEnumerable<string> gained, IEnumerable<string> lost)
    {
        var nowAdded = added;
        var nowRemoved = removed;
        foreach (var id in lost)
        {
            // An id added since the last fold is simply dropped; one from the base is marked removed.
            if (nowAdded.Contains(id))
            {
                nowAdded = nowAdded.Remove(id);
            }
            else
            {
                nowRemoved = nowRemoved.Add(id);
            }
        }

        foreach (var id in gained)
        {
            if (nowRemoved.Contains(id))
            {
                nowRemoved = nowRemoved.Remove(id);
            }
            else
            {
                nowAdded = nowAdded.Add(id);
            }
        }

        return nowAdded.Count + nowRemoved.Count > Math.Max(MinimumChangesBeforeFolding, holders.Length / 4)
            ? new TokenHolders([.. Enumerate(holders, nowAdded, nowRemoved)], None, None)
            : new TokenHolders(holders, nowAdded, nowRemoved);
    }

    public IEnumerator<string> GetEnumerator() => Enumerate(holders, added, removed).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static IEnumerable<string> Enumerate(string[] holders, ImmutableHashSet<string> added, ImmutableHashSet<string> removed)
    {
        foreach (var id in holders)
        {
            if (removed.Count == 0 || !removed.Contains(id))
            {
                yield return id;
            }
        }

        foreach (var id in added)
        {
            yield return id;
        }
    }
}
