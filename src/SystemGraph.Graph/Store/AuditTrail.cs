using System.Collections.Immutable;
using SystemGraph.Graph.Changes;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The embedded store's audit log: every committed write in order, indexed by the records it touched, immutable
/// so that it is published together with the graph snapshot it describes.
/// </summary>
internal sealed class AuditTrail
{
    public static readonly AuditTrail Empty = new([], ImmutableDictionary.Create<string, ImmutableList<int>>(StringComparer.Ordinal));

    private readonly ImmutableList<AuditEntry> entries;
    private readonly ImmutableDictionary<string, ImmutableList<int>> byRecord;

    private AuditTrail(ImmutableList<AuditEntry> entries, ImmutableDictionary<string, ImmutableList<int>> byRecord)
    {
        this.entries = entries;
        this.byRecord = byRecord;
    }

    public int Count => entries.Count;

    /// <summary>When the newest entry was made (null for an empty log).</summary>
    public DateTimeOffset? LastAt => entries.Count == 0 ? null : entries[^1].At;

    public AuditTrail Append(AuditEntry entry)
    {
        var index = entries.Count;
        var touched = byRecord;
        foreach (var id in entry.Changes.Select(c => c.TargetId).Distinct(StringComparer.Ordinal))
        {
            touched = touched.SetItem(id, touched.GetValueOrDefault(id, []).Add(index));
        }

        return new AuditTrail(entries.Add(entry), touched);
    }

    /// <summary>Entries matching the query, newest first. <paramref name="visible"/> says which scenarios' entries count.</summary>
    public IReadOnlyList<AuditEntry> Query(AuditQuery query, Func<string, bool> visible)
    {
        IEnumerable<int> indexes = query.TargetId is { } id
            ? byRecord.GetValueOrDefault(id, [])
            : Enumerable.Range(0, entries.Count);
        return indexes.Reverse()
            .Select(i => entries[i])
            .TakeWhile(e => query.Since is null || e.At >= query.Since)
            .Where(e => Matches(e, query, visible))
            .Take(query.Limit)
            .ToList();
    }

    private static bool Matches(AuditEntry entry, AuditQuery query, Func<string, bool> visible) =>
        query.ScenarioOnly
            ? string.Equals(entry.ScenarioId, query.ScenarioId, StringComparison.Ordinal)
            : entry.ScenarioId is null || string.Equals(entry.ScenarioId, query.ScenarioId, StringComparison.Ordinal) || visible(entry.ScenarioId);
}
