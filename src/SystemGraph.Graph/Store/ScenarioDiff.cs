using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>A scenario compared with the baseline as it stands: what it changes, and what it conflicts with.</summary>
internal static class ScenarioDiff
{
    /// <summary>Why promoting would overwrite someone else's change: records that moved in the baseline since the scenario first changed them.</summary>
    public static IEnumerable<WriteError> Conflicts(StoreState state, ScenarioState scenario) =>
        scenario.RecordIds
            .Select(id => (Id: id, Problem: Conflict(state, scenario, id)))
            .Where(c => c.Problem is not null)
            .Select(c => new WriteError(0, "PROMOTE_CONFLICT", c.Problem!, c.Id, scenario.BaseVersions.GetValueOrDefault(c.Id), state.BaselineVersionOf(c.Id)));

    public static IReadOnlyList<ScenarioDiffEntry> Compute(StoreState state, ScenarioState scenario, ScenarioView view)
    {
        var entries = new List<ScenarioDiffEntry>();
        var skipped = view.Skipped.ToLookup(e => scenario.Writes[e.Index].RecordId ?? string.Empty, StringComparer.Ordinal);
        foreach (var id in scenario.RecordIds)
        {
            var conflict = Conflict(state, scenario, id) ?? skipped[id].Select(e => "No longer applies: " + e.Message).FirstOrDefault();
            var baseVersion = scenario.BaseVersions.GetValueOrDefault(id);
            var baselineVersion = state.BaselineVersionOf(id);
            var isEntity = scenario.Writes.Any(w => w is GraphWrite.UpsertEntity upsert && string.Equals(upsert.Entity.Id, id, StringComparison.Ordinal));
            if (isEntity)
            {
                var before = state.Graph.Entity(id);
                var after = view.Graph.Entity(id);
                entries.Add(new ScenarioDiffEntry(ChangeTarget.Entity, id, before is null ? ChangeKind.Created : ChangeKind.Updated, FieldDiff.Compute(before, after), baseVersion, baselineVersion, conflict));
            }
            else
            {
                var before = state.Graph.Relationship(id);
                var after = view.Graph.Relationship(id);
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

    private static string? Conflict(StoreState state, ScenarioState scenario, string id)
    {
        var started = scenario.BaseVersions.GetValueOrDefault(id);
        var now = state.BaselineVersionOf(id);
        if (started == now)
        {
            return null;
        }

        return started == 0
            ? $"'{id}' now exists in the baseline too (version {now}); the scenario would create it again."
            : $"'{id}' changed in the baseline since the scenario changed it (baseline version {now}; the scenario started from version {started}).";
    }
}
