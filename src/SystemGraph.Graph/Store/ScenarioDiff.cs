using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// A scenario compared with the baseline as it stands: what it changes, and what it conflicts with. Both stores use
/// it, over whatever records they hold (<see cref="IRecordLookup"/>), so they agree on every diff and conflict.
/// </summary>
public static class ScenarioDiff
{
    /// <summary>The baseline version of a record (0 when the baseline does not have it).</summary>
    public static long BaselineVersionOf(IRecordLookup baseline, string id)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline.Entity(id)?.Version ?? baseline.Relationship(id)?.Version ?? 0;
    }

    /// <summary>Why promoting would overwrite someone else's change: records that moved in the baseline since the scenario first changed them.</summary>
    public static IEnumerable<WriteError> Conflicts(IRecordLookup baseline, ScenarioState scenario)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.RecordIds
            .Select(id => (Id: id, Problem: Conflict(baseline, scenario, id)))
            .Where(c => c.Problem is not null)
            .Select(c => new WriteError(0, "PROMOTE_CONFLICT", c.Problem!, c.Id, scenario.BaseVersions.GetValueOrDefault(c.Id), BaselineVersionOf(baseline, c.Id)));
    }

    /// <param name="view">The scenario's records: its writes applied to <paramref name="baseline"/>.</param>
    /// <param name="skipped">The scenario's writes that no longer applied when the view was built (their index in its writes).</param>
    public static IReadOnlyList<ScenarioDiffEntry> Compute(IRecordLookup baseline, ScenarioState scenario, IRecordLookup view, IReadOnlyList<WriteError> skipped)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(skipped);
        var entries = new List<ScenarioDiffEntry>();
        var skippedById = skipped.ToLookup(e => scenario.Writes[e.Index].RecordId ?? string.Empty, StringComparer.Ordinal);
        foreach (var id in scenario.RecordIds)
        {
            var conflict = Conflict(baseline, scenario, id) ?? skippedById[id].Select(e => "No longer applies: " + e.Message).FirstOrDefault();
            var baseVersion = scenario.BaseVersions.GetValueOrDefault(id);
            var baselineVersion = BaselineVersionOf(baseline, id);
            var isEntity = scenario.Writes.Any(w => w is GraphWrite.UpsertEntity upsert && string.Equals(upsert.Entity.Id, id, StringComparison.Ordinal));
            if (isEntity)
            {
                var before = baseline.Entity(id);
                var after = view.Entity(id);
                entries.Add(new ScenarioDiffEntry(ChangeTarget.Entity, id, before is null ? ChangeKind.Created : ChangeKind.Updated, FieldDiff.Compute(before, after), baseVersion, baselineVersion, conflict));
            }
            else
            {
                var before = baseline.Relationship(id);
                var after = view.Relationship(id);
                entries.Add(new ScenarioDiffEntry(ChangeTarget.Relationship, id, KindOf(before, after), FieldDiff.Compute(before, after), baseVersion, baselineVersion, conflict));
            }
        }

        return entries;
    }

    private static ChangeKind KindOf(Relationship? before, Relationship? after) =>
        before is null ? ChangeKind.Created
        : after is { Status: RelationshipStatus.Ended } && before.Status != RelationshipStatus.Ended ? ChangeKind.Ended
        : after is not null && after.Status != before.Status ? ChangeKind.StatusChanged
        : ChangeKind.Updated;

    private static string? Conflict(IRecordLookup baseline, ScenarioState scenario, string id)
    {
        var started = scenario.BaseVersions.GetValueOrDefault(id);
        var now = BaselineVersionOf(baseline, id);
        if (started == now)
        {
            return null;
        }

        return started == 0
            ? $"'{id}' now exists in the baseline too (version {now}); the scenario would create it again."
            : $"'{id}' changed in the baseline since the scenario changed it (baseline version {now}; the scenario started from version {started}).";
    }
}
