using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// The field nodes merged under one response key (§6.3.2 CollectFields), carrying the sub-selections collected
/// from them per runtime type. Every item of a list shares this object, so the first item collects the
/// sub-fields (§6.4.3 CollectSubfields) and the rest read them from a field, without hashing a key per item.
/// One instance lives for one execution, so variables (@skip / @include) cannot leak between requests.
/// </summary>
internal sealed class MergedFieldNodes : List<FieldNode>
{
    private Entry? first;
    private Entry[] others = [];

    /// <summary>The sub-fields for <paramref name="type"/>, collected once. Concurrent first calls may both collect; the results are equal.</summary>
    public OrderedDictionary<string, List<FieldNode>> SubfieldsFor(ObjectType type, ExecutionState state)
    {
        var cached = Volatile.Read(ref first);
        if (cached is not null && ReferenceEquals(cached.Type, type))
        {
            return cached.Fields;
        }

        if (cached is null)
        {
            var entry = new Entry(type, Collect(type, state));
            var winner = Interlocked.CompareExchange(ref first, entry, null) ?? entry;
            if (ReferenceEquals(winner.Type, type))
            {
                return winner.Fields;
            }
        }

        // An abstract field with several runtime types (a handful): a copy-on-write array, no lock.
        while (true)
        {
            var known = Volatile.Read(ref others);
            foreach (var entry in known)
            {
                if (ReferenceEquals(entry.Type, type))
                {
                    return entry.Fields;
                }
            }

            var added = new Entry(type, Collect(type, state));
            if (ReferenceEquals(Interlocked.CompareExchange(ref others, [.. known, added], known), known))
            {
                return added.Fields;
            }
        }
    }

    private OrderedDictionary<string, List<FieldNode>> Collect(ObjectType type, ExecutionState state) =>
        FieldCollector.CollectSubfields(state.Schema, type, this, state.Fragments, state.Variables);

    private sealed record Entry(ObjectType Type, OrderedDictionary<string, List<FieldNode>> Fields);
}
