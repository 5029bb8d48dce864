using System.Collections.Immutable;
using SystemGraph.Graph.Changes;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Turns the embedded store's state and one write batch into the next state, or the reasons it is refused. Pure:
/// the same state and batch always give the same result, which is what lets the journal be replayed on start.
/// Three kinds of batch: baseline changes, changes inside an open scenario, and scenario lifecycle (open,
/// promote, discard). Every committed batch becomes one audit entry.
/// </summary>
internal static class StoreCommit
{
    public static CommitOutcome Apply(StoreState state, GraphWriteBatch batch, ScenarioViews views)
    {
        var info = batch.Info ?? throw new ArgumentException("A batch to commit carries its change information.", nameof(batch));
        if (batch.Writes.Count == 0)
        {
            return Refused(new WriteError(0, "INVALID", "The batch holds no writes."));
        }

        if (batch.Writes.Any(w => w.IsScenarioLifecycle))
        {
            return batch.Writes.Count != 1 || batch.Scenario is not null
                ? Refused(new WriteError(0, "INVALID", "A scenario write (open, promote, discard) must be the only write in its batch."))
                : batch.Writes[0] switch
                {
                    GraphWrite.OpenScenario open => Open(state, open, info),
                    GraphWrite.PromoteScenario promote => Promote(state, promote, info),
                    _ => Discard(state, (GraphWrite.DiscardScenario)batch.Writes[0], info),
                };
        }

        return batch.Scenario is { } scenarioId ? InScenario(state, batch, scenarioId, info, views) : Baseline(state, batch, info);
    }

    private static CommitOutcome Baseline(StoreState state, GraphWriteBatch batch, ChangeInfo info)
    {
        var builder = new GraphSnapshotBuilder(state.Graph);
        if (ApplyAll(builder, batch.Writes) is { Count: > 0 } errors)
        {
            return new CommitOutcome(null, errors, null);
        }

        var version = state.Version + 1;
        var changes = ChangeRecorder.Record(batch.Writes, state.Graph, builder);
        return Committed(state with { Version = version, Graph = builder.Build(version) }, info, null, changes);
    }

    private static CommitOutcome InScenario(StoreState state, GraphWriteBatch batch, string scenarioId, ChangeInfo info, ScenarioViews views)
    {
        if (OpenScenario(state, scenarioId) is (null, var problem))
        {
            return Refused(problem!);
        }

        var scenario = state.Scenarios[scenarioId];
        var view = views.Get(state.Graph, scenario);
        var builder = new GraphSnapshotBuilder(view.Graph);
        if (ApplyAll(builder, batch.Writes) is { Count: > 0 } errors)
        {
            return new CommitOutcome(null, errors, null);
        }

        // The first time the scenario touches a record, remember the baseline version it started from.
        var baseVersions = scenario.BaseVersions;
        foreach (var id in batch.Writes.Select(w => w.RecordId).OfType<string>())
        {
            if (!baseVersions.ContainsKey(id))
            {
                baseVersions = baseVersions.Add(id, state.BaselineVersionOf(id));
            }
        }

        var revision = scenario.Info.Revision + 1;
        var next = scenario with
        {
            Info = scenario.Info with { Revision = revision, ChangeCount = scenario.Info.ChangeCount + batch.Writes.Count },
            Writes = scenario.Writes.AddRange(batch.Writes.Select(w => w.WithoutExpectedVersion())),
            BaseVersions = baseVersions,
        };
        views.Remember(scenarioId, new ScenarioView(state.Graph, revision, builder.Build(state.Graph.Version), view.Skipped));
        var changes = ChangeRecorder.Record(batch.Writes, view.Graph, builder);
        return Committed(state with { Version = state.Version + 1, Scenarios = state.Scenarios.SetItem(scenarioId, next) }, info, scenarioId, changes);
    }

    private static CommitOutcome Open(StoreState state, GraphWrite.OpenScenario open, ChangeInfo info)
    {
        if (string.IsNullOrWhiteSpace(open.ScenarioId) || string.IsNullOrWhiteSpace(open.Name))
        {
            return Refused(new WriteError(0, "INVALID", "A scenario needs an id and a name."));
        }

        if (state.Scenarios.ContainsKey(open.ScenarioId))
        {
            return Refused(new WriteError(0, "DUPLICATE", $"Scenario '{open.ScenarioId}' already exists.", open.ScenarioId));
        }

        var scenario = new Scenario(open.ScenarioId, open.Name.Trim(), open.Description, info.Author, info.At, ScenarioStatus.Open, 0, 0);
        var change = new AuditChange(ChangeTarget.Scenario, open.ScenarioId, ChangeKind.Created, null, 0, FieldDiff.Compute(null, new { name = scenario.Name, description = scenario.Description }));
        return Committed(
            state with { Version = state.Version + 1, Scenarios = state.Scenarios.Add(open.ScenarioId, ScenarioState.Open(scenario)) },
            info,
            open.ScenarioId,
            [change]);
    }

    private static CommitOutcome Discard(StoreState state, GraphWrite.DiscardScenario discard, ChangeInfo info)
    {
        if (OpenScenario(state, discard.ScenarioId) is (null, var problem))
        {
            return Refused(problem!);
        }

        var scenario = state.Scenarios[discard.ScenarioId];
        var closed = scenario with { Info = scenario.Info with { Status = ScenarioStatus.Discarded, ClosedBy = info.Author, ClosedAt = info.At, Revision = scenario.Info.Revision + 1 } };
        var change = new AuditChange(ChangeTarget.Scenario, discard.ScenarioId, ChangeKind.Discarded, scenario.Info.Revision, closed.Info.Revision, []);
        return Committed(state with { Version = state.Version + 1, Scenarios = state.Scenarios.SetItem(discard.ScenarioId, closed) }, info, discard.ScenarioId, [change]);
    }

    /// <summary>
    /// Applies the scenario's writes to the baseline as one batch. Refused when the scenario changed since the
    /// revision the promoter reviewed, or when any record it changed has moved in the baseline since the scenario
    /// first changed it (someone else's change would be overwritten unseen), or when a write no longer applies.
    /// </summary>
    private static CommitOutcome Promote(StoreState state, GraphWrite.PromoteScenario promote, ChangeInfo info)
    {
        if (OpenScenario(state, promote.ScenarioId) is (null, var problem))
        {
            return Refused(problem!);
        }

        var scenario = state.Scenarios[promote.ScenarioId];
        if (promote.ExpectedRevision is { } expected && expected != scenario.Info.Revision)
        {
            return Refused(new WriteError(0, "CONFLICT", $"Scenario '{scenario.Info.Id}' is at revision {scenario.Info.Revision}, not the expected {expected}: it changed since you reviewed it.", scenario.Info.Id, expected, scenario.Info.Revision));
        }

        if (scenario.Writes.Count == 0)
        {
            return Refused(new WriteError(0, "INVALID", $"Scenario '{scenario.Info.Id}' holds no changes to promote."));
        }

        var conflicts = ScenarioDiff.Conflicts(state, scenario).ToList();
        if (conflicts.Count > 0)
        {
            return new CommitOutcome(null, conflicts, null);
        }

        var builder = new GraphSnapshotBuilder(state.Graph);
        if (ApplyAll(builder, scenario.Writes) is { Count: > 0 } errors)
        {
            return new CommitOutcome(null, errors, null);
        }

        var version = state.Version + 1;
        var promoted = scenario with { Info = scenario.Info with { Status = ScenarioStatus.Promoted, ClosedBy = info.Author, ClosedAt = info.At, Revision = scenario.Info.Revision + 1 } };
        var changes = ChangeRecorder.Record(scenario.Writes, state.Graph, builder).ToList();
        changes.Add(new AuditChange(ChangeTarget.Scenario, scenario.Info.Id, ChangeKind.Promoted, scenario.Info.Revision, promoted.Info.Revision, []));

        // Promoting is a baseline change (scenario id null): it is the baseline's history from now on.
        return Committed(
            state with { Version = version, Graph = builder.Build(version), Scenarios = state.Scenarios.SetItem(scenario.Info.Id, promoted) },
            info,
            null,
            changes);
    }

    private static (ScenarioState? Scenario, WriteError? Problem) OpenScenario(StoreState state, string id)
    {
        if (!state.Scenarios.TryGetValue(id, out var scenario))
        {
            return (null, new WriteError(0, "NOT_FOUND", $"Scenario '{id}' does not exist.", id));
        }

        return scenario.Info.Status == ScenarioStatus.Open
            ? (scenario, null)
            : (null, new WriteError(0, "INVALID", $"Scenario '{id}' was {scenario.Info.Status.ToString().ToUpperInvariant()} on {scenario.Info.ClosedAt:yyyy-MM-dd}; it takes no more changes."));
    }

    private static List<WriteError> ApplyAll(GraphSnapshotBuilder builder, IReadOnlyList<GraphWrite> writes)
    {
        var errors = new List<WriteError>();
        for (var i = 0; i < writes.Count; i++)
        {
            if (GraphWriteApplier.Apply(builder, writes[i]) is { } problem)
            {
                errors.Add(problem with { Index = i });
            }
        }

        return errors;
    }

    private static CommitOutcome Committed(StoreState next, ChangeInfo info, string? scenarioId, IReadOnlyList<AuditChange> changes)
    {
        var entry = new AuditEntry(next.Audit.Count + 1, next.Version, info.At, info.Author, info.Operation, info.Reason, info.Source, info.Rationale, scenarioId, changes);
        return new CommitOutcome(next with { Audit = next.Audit.Append(entry) }, [], entry);
    }

    private static CommitOutcome Refused(WriteError error) => new(null, [error], null);
}

/// <summary>The next state and its audit entry, or the reasons the batch was refused.</summary>
internal sealed record CommitOutcome(StoreState? Next, IReadOnlyList<WriteError> Errors, AuditEntry? Audit);
