using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Changes;

/// <summary>
/// Works out what a committed batch changed, record by record, in the order the batch first touched them:
/// the kind of change and every field before and after.
/// </summary>
public static class ChangeRecorder
{
    /// <param name="before">The records as they were before the batch (the store's state when it began).</param>
    /// <param name="after">The workspace the batch was applied to.</param>
    public static IReadOnlyList<AuditChange> Record(IReadOnlyList<GraphWrite> writes, IRecordLookup before, IRecordLookup after)
    {
        ArgumentNullException.ThrowIfNull(writes);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<AuditChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            if (write.RecordId is not { } id || !seen.Add(id))
            {
                continue;
            }

            // The last write to a record names the change (e.g. added then agreed in one batch reads "created").
            var last = writes.Last(w => string.Equals(w.RecordId, id, StringComparison.Ordinal));
            if (write is GraphWrite.UpsertEntity)
            {
                var old = before.Entity(id);
                var now = after.Entity(id)!;
                changes.Add(new AuditChange(ChangeTarget.Entity, id, old is null ? ChangeKind.Created : ChangeKind.Updated, old?.Version, now.Version, FieldDiff.Compute(old, now)));
            }
            else
            {
                var old = before.Relationship(id);
                var now = after.Relationship(id)!;
                var kind = old is null ? ChangeKind.Created : last switch
                {
                    GraphWrite.EndRelationship => ChangeKind.Ended,
                    GraphWrite.SetRelationshipStatus => ChangeKind.StatusChanged,
                    _ => ChangeKind.Updated,
                };
                changes.Add(new AuditChange(ChangeTarget.Relationship, id, kind, old?.Version, now.Version, FieldDiff.Compute(old, now)));
            }
        }

        return changes;
    }
}
